package fi.vertaistyo.training.attendance;

import fi.vertaistyo.training.enrolment.Enrolments;
import fi.vertaistyo.training.peer.KnownPeers;
import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.training.term.SessionKind;
import fi.vertaistyo.training.term.Sessions;
import fi.vertaistyo.training.term.Term;
import fi.vertaistyo.training.term.TrainingSession;
import fi.vertaistyo.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Roll calls of sessions and the attendance rates they add up to. */
@ApplicationScoped
public class SessionAttendances {

    private final Sessions sessions;
    private final Enrolments enrolments;
    private final KnownPeers peers;
    private final CurrentUser user;
    private final EntityManager em;
    private final Clock clock;

    SessionAttendances(Sessions sessions, Enrolments enrolments, KnownPeers peers, CurrentUser user, EntityManager em,
            Clock clock) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.peers = peers;
        this.user = user;
        this.em = em;
        this.clock = clock;
    }

    /** Everyone enrolled in the session's term, with what was recorded for them. */
    @Transactional
    public List<AttendanceRequests.RollEntry> roll(UUID sessionId) {
        return roll(sessions.forCaller(sessionId));
    }

    @Transactional
    public List<AttendanceRequests.RollEntry> record(UUID sessionId, AttendanceRequests.Roll roll) {
        TrainingSession session = sessions.startedForCaller(sessionId);
        Set<UUID> enrolled = new HashSet<>(enrolments.enrolledIn(session.term));
        Set<UUID> seen = new HashSet<>();
        for (AttendanceRequests.Entry entry : roll.entries()) {
            if (!seen.add(entry.participantId())) {
                throw new ProblemException(400, "Invalid request", "A participant appears twice in the roll.");
            }
            if (!enrolled.contains(entry.participantId())) {
                throw ProblemException.refused("Not enrolled", "NOT_ENROLLED",
                        "Attendance is recorded for participants enrolled in the term only.");
            }
        }
        Instant now = clock.instant();
        for (AttendanceRequests.Entry entry : roll.entries()) {
            SessionAttendance row = SessionAttendance.findById(new SessionAttendance.Key(session.id, entry.participantId()));
            if (row == null) {
                SessionAttendance.of(session.id, entry, user.userKey(), now).persist();
            } else {
                row.record(entry, user.userKey(), now);
            }
        }
        return roll(session);
    }

    /**
     * Attendance rates in the term: of its teaching sessions that have begun, how many each
     * participant attended (present or late). A session without a record for someone counts as missed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, AttendanceRequests.Rate> rates(Term term, List<UUID> participants) {
        Instant now = clock.instant();
        int held = ((Number) em.createQuery("""
                select count(s) from TrainingSession s where s.term = :term and s.kind = :kind and s.startsAt <= :now""")
                .setParameter("term", term).setParameter("kind", SessionKind.TEACHING).setParameter("now", now)
                .getSingleResult()).intValue();
        Map<UUID, Integer> attended = new HashMap<>();
        if (!participants.isEmpty()) {
            List<Object[]> rows = em.createQuery("""
                    select a.participantId, count(a) from SessionAttendance a, TrainingSession s
                    where s.id = a.sessionId and s.term = :term and s.kind = :kind and s.startsAt <= :now
                    and a.status in :attended and a.participantId in :participants
                    group by a.participantId""", Object[].class)
                    .setParameter("term", term).setParameter("kind", SessionKind.TEACHING).setParameter("now", now)
                    .setParameter("attended", List.of(AttendanceStatus.PRESENT, AttendanceStatus.LATE))
                    .setParameter("participants", participants)
                    .getResultList();
            rows.forEach(r -> attended.put((UUID) r[0], ((Number) r[1]).intValue()));
        }
        return participants.stream().collect(Collectors.toMap(p -> p,
                p -> AttendanceRequests.Rate.of(attended.getOrDefault(p, 0), held)));
    }

    private List<AttendanceRequests.RollEntry> roll(TrainingSession session) {
        List<UUID> enrolled = enrolments.enrolledIn(session.term);
        Map<UUID, String> names = peers.displayNames(enrolled);
        Map<UUID, SessionAttendance> recorded = SessionAttendance.<SessionAttendance>list("sessionId", session.id)
                .stream().collect(Collectors.toMap(a -> a.participantId, a -> a));
        return enrolled.stream()
                .map(p -> {
                    SessionAttendance a = recorded.get(p);
                    return new AttendanceRequests.RollEntry(p, names.get(p), a == null ? null : a.status,
                            a == null ? null : a.remark);
                })
                .sorted(java.util.Comparator.comparing(AttendanceRequests.RollEntry::displayName,
                        java.util.Comparator.nullsLast(String::compareTo)).thenComparing(AttendanceRequests.RollEntry::participantId))
                .toList();
    }
}
