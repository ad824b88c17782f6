package fi.vertaistyo.training.term;

import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.training.security.Roles;
import fi.vertaistyo.training.trainer.Trainer;
import fi.vertaistyo.training.trainer.Trainers;
import fi.vertaistyo.kit.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import fi.vertaistyo.kit.time.Helsinki;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Which sessions a caller may work with: a coordinator those of their organisation, a trainer only
 * the ones they teach. Any other session does not exist for the caller (404).
 */
@ApplicationScoped
public class Sessions {

    private final CurrentUser user;
    private final Trainers trainers;
    private final Clock clock;

    Sessions(CurrentUser user, Trainers trainers, Clock clock) {
        this.user = user;
        this.trainers = trainers;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public TrainingSession forCaller(UUID id) {
        TrainingSession session = TrainingSession.findById(id);
        if (session == null || !session.term.organisation.equals(user.organisation())
                || !user.hasRole(Roles.COORDINATOR) && !teaches(session)) {
            throw ProblemException.notFound("The session");
        }
        return session;
    }

    /** Attendance and results are recorded once a session has begun, never ahead of it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TrainingSession startedForCaller(UUID id) {
        TrainingSession session = forCaller(id);
        if (session.startsAt.isAfter(clock.instant())) {
            throw ProblemException.refused("Session not started", "SESSION_NOT_STARTED",
                    "Attendance and results are recorded once the session has begun.");
        }
        return session;
    }

    @Transactional
    public List<TermViews.SessionView> taughtByCaller() {
        return trainers.byAccount(user.userKey())
                .map(t -> TrainingSession.<TrainingSession>list("trainer", Sort.by("startsAt").and("id"), t))
                .orElse(List.of()).stream().map(TermViews.SessionView::of).toList();
    }

    @Transactional
    public List<TermViews.SessionView> ofOrganisationBetween(LocalDate from, LocalDate to) {
        return TrainingSession.<TrainingSession>list(
                        "term.organisation = ?1 and startsAt >= ?2 and startsAt < ?3 order by startsAt, id",
                        user.organisation(), from.atStartOfDay(Helsinki.ZONE).toInstant(),
                        to.plusDays(1).atStartOfDay(Helsinki.ZONE).toInstant())
                .stream().map(TermViews.SessionView::of).toList();
    }

    private boolean teaches(TrainingSession session) {
        Trainer trainer = session.trainer;
        return user.hasRole(Roles.TRAINER) && trainer.accountKey != null && trainer.accountKey.equals(user.userKey());
    }
}
