package fi.vertaistyo.scheduling;

import fi.vertaistyo.kit.testing.TestTokens;
import fi.vertaistyo.scheduling.peer.KnownPeers;
import fi.vertaistyo.scheduling.peer.ParticipantChanges;
import fi.vertaistyo.scheduling.peer.ParticipantRegistered;
import fi.vertaistyo.scheduling.qualification.QualificationEvents;
import fi.vertaistyo.scheduling.qualification.Qualifications;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What other services tell scheduling, applied through the same projection code the consumers use
 * (the Kafka path itself is covered by the consumer tests), so rule tests set up in milliseconds.
 */
@ApplicationScoped
public class TestWorld {

    private final KnownPeers peers;
    private final Qualifications qualifications;
    private final Map<UUID, String> names = new ConcurrentHashMap<>();
    private final Map<UUID, String> accounts = new ConcurrentHashMap<>();

    TestWorld(KnownPeers peers, Qualifications qualifications) {
        this.peers = peers;
        this.qualifications = qualifications;
    }

    /** A programme of the organisation, with its rules in force from 2020 on. */
    public UUID programme(String org, int absenceNoticeHours) {
        UUID id = UUID.randomUUID();
        peers.apply(event(), ParticipantChanges.ProgrammeRulesScheduled.TYPE, new ParticipantChanges.ProgrammeRulesScheduled(
                id, org, "prog-" + id.toString().substring(0, 6), "WORK_ACTIVITY", 1, LocalDate.of(2020, 1, 1), 200, 1200,
                2, 3, 210, absenceNoticeHours));
        return id;
    }

    public UUID peer(String org, String displayName) {
        UUID id = UUID.randomUUID();
        peers.apply(event(), ParticipantRegistered.TYPE, new ParticipantRegistered(id, org, "ACTIVE"));
        identity(id, org, displayName, null);
        return id;
    }

    /** A peer with an agreement in force over the whole month in the programme. */
    public UUID peerWorking(String org, UUID programme, YearMonth month, String displayName, int daysPerWeek,
            int minutesPerDay) {
        UUID id = peer(org, displayName);
        agreement(id, org, programme, month.atDay(1), month.atEndOfMonth(), daysPerWeek, minutesPerDay);
        return id;
    }

    public void rename(UUID peer, String org, String displayName) {
        identity(peer, org, displayName, accounts.get(peer));
    }

    /** Who the peer is now, as participant-identities.v1 tells it: the whole identity each time. */
    private void identity(UUID peer, String org, String displayName, String accountKey) {
        names.put(peer, displayName);
        if (accountKey != null) {
            accounts.put(peer, accountKey);
        }
        peers.applyIdentity(event(), ParticipantChanges.Identity.TYPE,
                new ParticipantChanges.Identity(peer, org, displayName, accountKey));
    }

    public void erase(UUID peer, String org, String pseudonym) {
        peers.apply(event(), ParticipantChanges.Erased.TYPE,
                new ParticipantChanges.Erased(peer, org, LocalDate.now(), "REQUEST", pseudonym));
    }

    public void status(UUID peer, String org, String status) {
        peers.apply(event(), ParticipantChanges.StatusChanged.TYPE,
                new ParticipantChanges.StatusChanged(peer, org, status, LocalDate.now()));
    }

    public UUID agreement(UUID peer, String org, UUID programme, LocalDate from, LocalDate to, int daysPerWeek,
            int minutesPerDay) {
        UUID id = UUID.randomUUID();
        peers.apply(event(), ParticipantChanges.AgreementInForce.TYPE, new ParticipantChanges.AgreementInForce(id, peer,
                org, programme, "prog", "WORK_ACTIVITY", from, to, daysPerWeek, minutesPerDay,
                new ParticipantChanges.AgreementInForce.PayTerms(1, 200, 1200)));
        return id;
    }

    public void ended(UUID agreement, UUID peer, String org, UUID programme, LocalDate on) {
        peers.apply(event(), ParticipantChanges.AgreementEnded.TYPE,
                new ParticipantChanges.AgreementEnded(agreement, peer, org, programme, on));
    }

    /** Links a login; returns the subject to put in the peer's token. */
    public String account(UUID peer, String org) {
        String subject = UUID.randomUUID().toString();
        identity(peer, org, names.get(peer), TestTokens.ISSUER + "#" + subject);
        return subject;
    }

    public UUID diploma(UUID peer, String org, String code, LocalDate validFrom) {
        UUID id = UUID.randomUUID();
        qualifications.apply(event(), QualificationEvents.DiplomaAwarded.TYPE,
                new QualificationEvents.DiplomaAwarded(id, peer, org, code, validFrom));
        return id;
    }

    public void revoke(UUID diploma, UUID peer, String org, String code, LocalDate on) {
        qualifications.apply(event(), QualificationEvents.DiplomaRevoked.TYPE,
                new QualificationEvents.DiplomaRevoked(diploma, peer, org, code, on));
    }

    private static String event() {
        return UUID.randomUUID().toString();
    }
}
