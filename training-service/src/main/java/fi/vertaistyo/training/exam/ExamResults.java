package fi.vertaistyo.training.exam;

import fi.vertaistyo.kit.time.Helsinki;
import fi.vertaistyo.training.enrolment.Enrolments;
import fi.vertaistyo.training.peer.KnownPeers;
import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.training.term.ExamComponent;
import fi.vertaistyo.training.term.SessionKind;
import fi.vertaistyo.training.term.Sessions;
import fi.vertaistyo.training.term.Term;
import fi.vertaistyo.training.term.TrainingSession;
import fi.vertaistyo.training.trainer.Trainer;
import fi.vertaistyo.training.trainer.Trainers;
import fi.vertaistyo.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Exam results, recorded per exam session by its trainer or a coordinator. */
@ApplicationScoped
public class ExamResults {

    private static final Comparator<ExamResult> IN_ORDER_TAKEN = Comparator
            .comparing((ExamResult r) -> r.session.startsAt).thenComparing(r -> r.session.id);

    private final Sessions sessions;
    private final Enrolments enrolments;
    private final Trainers trainers;
    private final KnownPeers peers;
    private final CurrentUser user;
    private final Clock clock;

    ExamResults(Sessions sessions, Enrolments enrolments, Trainers trainers, KnownPeers peers, CurrentUser user,
            Clock clock) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.trainers = trainers;
        this.peers = peers;
        this.user = user;
        this.clock = clock;
    }

    @Transactional
    public List<ExamViews.ResultView> ofSession(UUID sessionId) {
        TrainingSession session = sessions.forCaller(sessionId);
        List<ExamResult> results = ExamResult.list("session", session);
        List<UUID> participants = results.stream().map(r -> r.participantId).distinct().toList();
        return views(results, participants.isEmpty() ? List.of()
                : ExamResult.list("session.term = ?1 and participantId in ?2", session.term, participants));
    }

    /** Records a component's result in the session, or corrects the one recorded there. */
    @Transactional
    public ExamViews.ResultView record(UUID sessionId, ExamViews.NewResult request) {
        TrainingSession session = sessions.startedForCaller(sessionId);
        if (session.kind != SessionKind.EXAM) {
            throw ProblemException.refused("Not an exam session", "NOT_AN_EXAM_SESSION",
                    "Exam results are recorded in exam sessions.");
        }
        if (!enrolments.isEnrolled(session.term, request.participantId())) {
            throw ProblemException.refused("Not enrolled", "NOT_ENROLLED",
                    "Exam results are recorded for participants enrolled in the term only.");
        }
        Trainer examiner = request.examinerId() == null ? session.trainer
                : trainers.inOrganisation(session.term.organisation, request.examinerId());
        ExamResult result = ExamResult.find("session = ?1 and participantId = ?2 and component = ?3", session,
                request.participantId(), request.component()).firstResult();
        if (result == null) {
            result = ExamResult.of(session, request, examiner, user.userKey(), clock.instant());
            result.persist();
        } else {
            result.record(request, examiner, user.userKey(), clock.instant());
        }
        return views(List.of(result), ExamResult.list("session.term = ?1 and participantId = ?2", session.term,
                request.participantId())).get(0);
    }

    /** Per participant, the latest result of each component they took in the term. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Map<ExamComponent, ExamViews.Latest>> latest(Term term, List<UUID> participants) {
        Map<UUID, Map<ExamComponent, ExamViews.Latest>> latest = new HashMap<>();
        if (participants.isEmpty()) {
            return latest;
        }
        List<ExamResult> results = ExamResult.list("session.term = ?1 and participantId in ?2", term, participants);
        results.stream().sorted(IN_ORDER_TAKEN).forEach(r -> latest
                .computeIfAbsent(r.participantId, p -> new EnumMap<>(ExamComponent.class))
                .put(r.component, new ExamViews.Latest(r.passed, Helsinki.dayOf(r.session.startsAt))));
        return latest;
    }

    /** A participant's own results in a term, every attempt. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ExamViews.ResultView> ofParticipant(Term term, UUID participantId) {
        List<ExamResult> all = ExamResult.list("session.term = ?1 and participantId = ?2", term, participantId);
        return views(all, all);
    }

    /**
     * @param all every result in the term of the participants shown: attempt numbers count each session of
     *            the term in which the participant took the component
     */
    private List<ExamViews.ResultView> views(List<ExamResult> results, List<ExamResult> all) {
        Map<UUID, String> names = peers.displayNames(results.stream().map(r -> r.participantId).distinct().toList());
        Map<UUID, Integer> attempts = new HashMap<>();
        Map<String, Integer> counters = new HashMap<>();
        all.stream().sorted(IN_ORDER_TAKEN).forEach(r -> attempts.put(r.id,
                counters.merge(r.participantId + "/" + r.component, 1, Integer::sum)));
        List<ExamViews.ResultView> views = new ArrayList<>();
        for (ExamResult r : results.stream().sorted(IN_ORDER_TAKEN.thenComparing(r -> r.component)).toList()) {
            views.add(new ExamViews.ResultView(r.id, r.session.id, r.participantId, names.get(r.participantId),
                    r.component, r.passed, r.score, r.examiner.id, r.examiner.name, Helsinki.dayOf(r.session.startsAt),
                    attempts.get(r.id)));
        }
        return views;
    }
}
