package fi.vertaistyo.payout;

import fi.vertaistyo.kit.testing.TestTokens;
import fi.vertaistyo.payout.attendance.AttendanceIntake;
import fi.vertaistyo.payout.ledger.AttendanceFact;
import fi.vertaistyo.payout.peer.KnownPeers;
import fi.vertaistyo.payout.peer.ParticipantChanges;
import fi.vertaistyo.payout.peer.ParticipantRegistered;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts the world payout-service learns from its topics straight through the same code the consumers
 * call (the projection and the attendance intake), so a test reads as the story it tells. The
 * consumers themselves are tested over Kafka in AttendanceConsumerTest and ParticipantEventsConsumerTest.
 */
@ApplicationScoped
public class PayoutWorld {

    /** Where attendance happens: an organisation's programme and one of its locations. */
    public record Place(String organisation, UUID programmeId, UUID locationId, String locationName) {
        public Place elsewhere(String name) {
            return new Place(organisation, programmeId, UUID.randomUUID(), name);
        }
    }

    @Inject
    AttendanceIntake intake;

    @Inject
    KnownPeers peers;

    private final Map<UUID, String> names = new ConcurrentHashMap<>();
    private final Map<UUID, String> accounts = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    /** A Lift-like programme: 2 €/h, at most 12 €/day, from 2020 on, in a new organisation. */
    public Place lift() {
        return programme(TestTokens.newOrganisation(), 200, 1200);
    }

    public Place programme(String organisation, int centsPerHour, int dailyCapCents) {
        Place place = new Place(organisation, UUID.randomUUID(), UUID.randomUUID(), "Lift lobby");
        rules(place, 1, LocalDate.of(2020, 1, 1), centsPerHour, dailyCapCents);
        return place;
    }

    public void rules(Place place, int version, LocalDate validFrom, int centsPerHour, int dailyCapCents) {
        peers.apply(UUID.randomUUID().toString(), ParticipantChanges.ProgrammeRulesScheduled.TYPE,
                new ParticipantChanges.ProgrammeRulesScheduled(place.programmeId(), place.organisation(), "lift",
                        centsPerHour > 0 ? "WORK_ACTIVITY" : "VOLUNTEER_GUIDES", version, validFrom, centsPerHour,
                        dailyCapCents, 2, 3, 210, 24));
    }

    public UUID peer(String organisation, String displayName) {
        UUID id = UUID.randomUUID();
        peers.apply(UUID.randomUUID().toString(), ParticipantRegistered.TYPE,
                new ParticipantRegistered(id, organisation, "ACTIVE"));
        identity(id, organisation, displayName, null);
        return id;
    }

    /** A new display name, as participant-identities.v1 tells it. */
    public void rename(UUID participantId, String organisation, String displayName) {
        identity(participantId, organisation, displayName, accounts.get(participantId));
    }

    /** participant.erased.v1: the pseudonym replaces the name. */
    public void erase(UUID participantId, String organisation, String pseudonym) {
        peers.apply(UUID.randomUUID().toString(), ParticipantChanges.Erased.TYPE,
                new ParticipantChanges.Erased(participantId, organisation, LocalDate.now(), "REQUEST", pseudonym));
    }

    private void identity(UUID participantId, String organisation, String displayName, String accountKey) {
        names.put(participantId, displayName);
        if (accountKey != null) {
            accounts.put(participantId, accountKey);
        }
        peers.applyIdentity(UUID.randomUUID().toString(), ParticipantChanges.Identity.TYPE,
                new ParticipantChanges.Identity(participantId, organisation, displayName, accountKey));
    }

    /** Links a login (as TestTokens.tokenFor(subject, …) signs it) to the peer. */
    public void login(UUID participantId, String organisation, String subject) {
        identity(participantId, organisation, names.get(participantId), TestTokens.ISSUER + "#" + subject);
    }

    public AttendanceFact attendance(Place place, UUID participantId, LocalDate date, int minutes) {
        return new AttendanceFact(UUID.randomUUID(), participantId, place.organisation(), place.programmeId(),
                place.locationId(), place.locationName(), UUID.randomUUID(), date, minutes, null,
                UUID.randomUUID().toString());
    }

    public AttendanceFact correction(AttendanceFact corrected, int minutes) {
        return new AttendanceFact(UUID.randomUUID(), corrected.participantId(), corrected.organisation(),
                corrected.programmeId(), corrected.locationId(), corrected.locationName(), corrected.shiftId(),
                corrected.date(), minutes, corrected.attendanceId(), UUID.randomUUID().toString());
    }

    /** Confirms attendance as scheduling-service would publish it; returns the record. */
    public AttendanceFact attend(Place place, UUID participantId, LocalDate date, int minutes) {
        AttendanceFact fact = attendance(place, participantId, date, minutes);
        deliver(fact);
        return fact;
    }

    public AttendanceFact correct(AttendanceFact corrected, int minutes) {
        AttendanceFact fact = correction(corrected, minutes);
        deliver(fact);
        return fact;
    }

    public void deliver(AttendanceFact... facts) {
        intake.apply(List.of(facts));
    }

    /** Everything the ledger holds for the peer, in cents. */
    public long balance(UUID participantId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select coalesce(sum(amount_cents), 0) from ledger_entry where participant_id = ?1")
                .setParameter(1, participantId).getSingleResult()).longValue());
    }

    public record Entry(String kind, int amountCents, int minutes, LocalDate workDate, LocalDate postingMonth) {
    }

    @SuppressWarnings("unchecked")
    public List<Entry> entries(UUID participantId) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select kind, amount_cents, minutes, work_date, posting_month from ledger_entry
                where participant_id = ?1 order by id""").setParameter(1, participantId).getResultList());
        return rows.stream().map(r -> new Entry((String) r[0], ((Number) r[1]).intValue(),
                ((Number) r[2]).intValue(), (LocalDate) r[3], (LocalDate) r[4])).toList();
    }
}
