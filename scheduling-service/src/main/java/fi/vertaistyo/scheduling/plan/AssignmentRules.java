package fi.vertaistyo.scheduling.plan;

import fi.vertaistyo.scheduling.location.Location;
import fi.vertaistyo.scheduling.peer.KnownPeer;
import fi.vertaistyo.scheduling.peer.PeerAgreement;
import fi.vertaistyo.scheduling.peer.Peers;
import fi.vertaistyo.scheduling.qualification.Qualifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a peer may take a shift: the agreement in force on that day, its days per week and
 * minutes per day, the desk's qualification, no overlap, no paused or alumni peer. Weeks are ISO
 * weeks (Monday to Sunday), counted over every location of the organisation, drafts included.
 */
@ApplicationScoped
public class AssignmentRules {

    /** Why not: a stable code and a sentence for the coordinator or the peer. */
    public record Refusal(String reason, String detail) {
    }

    private final Peers peers;
    private final Qualifications qualifications;
    private final EntityManager em;

    AssignmentRules(Peers peers, Qualifications qualifications, EntityManager em) {
        this.peers = peers;
        this.qualifications = qualifications;
        this.em = em;
    }

    /**
     * Whether an assignment made earlier still stands on its day: an agreement still in force and, at
     * a desk, the qualification still held (a diploma revoked from that day on, an agreement ended
     * early). Null when it stands, else the same code a new assignment would be refused with.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String standing(UUID participantId, Location location, LocalDate day) {
        if (peers.agreementOn(participantId, location.programmeId, day).isEmpty()) {
            return "NO_AGREEMENT_IN_FORCE";
        }
        if (location.requiredQualification != null
                && !qualifications.holds(participantId, location.requiredQualification, day)) {
            return "QUALIFICATION_REQUIRED";
        }
        return null;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Refusal> check(KnownPeer peer, Shift shift, Location location) {
        if (!peer.mayWork()) {
            return refuse("PEER_NOT_AVAILABLE", "The peer is " + peer.status().toLowerCase() + " and is not given shifts.");
        }
        LocalDate day = shift.workDate;
        Optional<PeerAgreement> agreement = peers.agreementOn(peer.participantId(), location.programmeId, day);
        if (agreement.isEmpty()) {
            return refuse("NO_AGREEMENT_IN_FORCE", "The peer has no agreement in force in this programme on " + day + ".");
        }
        if (location.requiredQualification != null
                && !qualifications.holds(peer.participantId(), location.requiredQualification, day)) {
            return refuse("QUALIFICATION_REQUIRED",
                    "This desk is staffed by holders of the " + location.requiredQualification + " qualification only.");
        }
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Shift> week = activeShifts(peer.participantId(), monday, monday.plusDays(6), shift.id);
        if (week.stream().anyMatch(shift::overlaps)) {
            return refuse("OVERLAPPING_SHIFT", "The peer already has a shift at that time.");
        }
        long days = week.stream().map(s -> s.workDate).filter(d -> !d.equals(day)).distinct().count() + 1;
        int perWeek = agreement.get().daysPerWeek();
        if (days > perWeek) {
            return refuse("DAYS_PER_WEEK_EXCEEDED",
                    "The agreement allows " + perWeek + " days a week; this would be day " + days + " of that week.");
        }
        int minutes = week.stream().filter(s -> s.workDate.equals(day)).mapToInt(Shift::minutes).sum() + shift.minutes();
        int perDay = agreement.get().minutesPerDay();
        if (minutes > perDay) {
            return refuse("MINUTES_PER_DAY_EXCEEDED",
                    "The agreement allows " + perDay + " minutes a day; this would make " + minutes + ".");
        }
        return Optional.empty();
    }

    /** The peer's shifts in the range that are not cancelled and still theirs, except {@code except}. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Shift> activeShifts(UUID participantId, LocalDate from, LocalDate to, UUID except) {
        return em.createQuery("""
                select s from Shift s, ShiftAssignment a where a.shiftId = s.id and a.participantId = :p
                and a.state = fi.vertaistyo.scheduling.plan.ShiftAssignment.State.ASSIGNED and s.cancelled = false
                and s.workDate between :from and :to and s.id <> :except""", Shift.class)
                .setParameter("p", participantId).setParameter("from", from).setParameter("to", to)
                .setParameter("except", except).getResultList();
    }

    private static Optional<Refusal> refuse(String reason, String detail) {
        return Optional.of(new Refusal(reason, detail));
    }
}
