package fi.vertaistyo.training.mine;

import fi.vertaistyo.training.attendance.AttendanceRequests.Rate;
import fi.vertaistyo.training.attendance.AttendanceStatus;
import fi.vertaistyo.training.attendance.SessionAttendance;
import fi.vertaistyo.training.attendance.SessionAttendances;
import fi.vertaistyo.training.diploma.DiplomaRule;
import fi.vertaistyo.training.enrolment.Enrolment;
import fi.vertaistyo.training.enrolment.EnrolmentStatus;
import fi.vertaistyo.training.exam.ExamResults;
import fi.vertaistyo.training.exam.ExamViews;
import fi.vertaistyo.training.peer.KnownPeer;
import fi.vertaistyo.training.peer.KnownPeers;
import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.training.term.Term;
import fi.vertaistyo.training.term.TermViews;
import fi.vertaistyo.training.term.TrainingSession;
import fi.vertaistyo.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** A peer's own training: found through their linked login, never through a parameter. */
@ApplicationScoped
public class MyTraining {

    public record MySession(TermViews.SessionView session, AttendanceStatus attendance) {
    }

    public record MyResults(UUID termId, String term, Rate attendance, int attendanceThreshold,
            List<ExamViews.ResultView> examResults, boolean diplomaRequirementsMet, List<String> stillMissing) {
    }

    private final KnownPeers peers;
    private final SessionAttendances attendances;
    private final ExamResults exams;
    private final CurrentUser user;

    MyTraining(KnownPeers peers, SessionAttendances attendances, ExamResults exams, CurrentUser user) {
        this.peers = peers;
        this.attendances = attendances;
        this.exams = exams;
        this.user = user;
    }

    /** The caller's participant in their own organisation, if their login is linked to one. */
    public Optional<KnownPeer> me() {
        return peers.byAccount(user.userKey()).filter(p -> p.organisation().equals(user.organisation()));
    }

    public KnownPeer meOrRefuse() {
        return me().orElseThrow(() -> ProblemException.refused("Login not linked", "LOGIN_NOT_LINKED",
                "Your login is not linked to a participant yet; ask your coordinator."));
    }

    @Transactional
    public List<MySession> sessions(UUID participantId) {
        List<Term> terms = enrolledTerms(participantId);
        if (terms.isEmpty()) {
            return List.of();
        }
        List<TrainingSession> sessions = TrainingSession.list("term in ?1 order by startsAt, id", terms);
        Map<UUID, AttendanceStatus> own = SessionAttendance.<SessionAttendance>list("participantId", participantId)
                .stream().collect(Collectors.toMap(a -> a.sessionId, a -> a.status));
        return sessions.stream().map(s -> new MySession(TermViews.SessionView.of(s), own.get(s.id))).toList();
    }

    @Transactional
    public List<MyResults> results(UUID participantId) {
        return enrolledTerms(participantId).stream().map(term -> {
            Rate rate = attendances.rates(term, List.of(participantId)).get(participantId);
            DiplomaRule.Decision decision = DiplomaRule.decide(rate, term.attendanceThreshold, term.required(),
                    exams.latest(term, List.of(participantId)).getOrDefault(participantId, Map.of()));
            return new MyResults(term.id, term.name, rate, term.attendanceThreshold,
                    exams.ofParticipant(term, participantId), decision.eligible(), decision.unmet());
        }).toList();
    }

    private static List<Term> enrolledTerms(UUID participantId) {
        return Enrolment.<Enrolment>list("participantId = ?1 and status = ?2", participantId, EnrolmentStatus.ENROLLED)
                .stream().map(e -> e.term).sorted(Comparator.comparing((Term t) -> t.startsOn).reversed()).toList();
    }
}
