package fi.vertaistyo.training.term;

import fi.vertaistyo.training.programme.Programme;
import fi.vertaistyo.training.programme.Programmes;
import fi.vertaistyo.training.trainer.Trainer;
import fi.vertaistyo.training.trainer.Trainers;
import fi.vertaistyo.kit.problem.ProblemException;
import fi.vertaistyo.kit.problem.Scoped;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** Terms and their session calendar. */
@ApplicationScoped
public class Terms {

    static final int DEFAULT_THRESHOLD = 80;

    private final Programmes programmes;
    private final Trainers trainers;
    private final Clock clock;

    Terms(Programmes programmes, Trainers trainers, Clock clock) {
        this.programmes = programmes;
        this.trainers = trainers;
        this.clock = clock;
    }

    @Transactional
    public TermViews.TermView create(String organisation, TermRequests.NewTerm request) {
        Programme programme = programmes.inOrganisation(organisation, request.programmeId());
        if (request.endsOn().isBefore(request.startsOn())) {
            throw new ProblemException(400, "Invalid request", "The term ends before it starts.");
        }
        if (ChronoUnit.DAYS.between(request.startsOn(), request.endsOn()) > 366) {
            throw new ProblemException(400, "Invalid request", "A term lasts at most a year.");
        }
        EnumSet<ExamComponent> required = request.requiredComponents() == null
                ? EnumSet.allOf(ExamComponent.class) : EnumSet.copyOf(request.requiredComponents());
        Term term = Term.of(organisation, programme, request,
                request.attendanceThreshold() == null ? DEFAULT_THRESHOLD : request.attendanceThreshold(), required,
                clock.instant());
        term.persist();
        return TermViews.TermView.of(term);
    }

    @Transactional
    public List<TermViews.TermView> list(String organisation) {
        return Term.<Term>list("organisation", Sort.by("startsOn", Sort.Direction.Descending).and("id"), organisation)
                .stream().map(TermViews.TermView::of).toList();
    }

    @Transactional
    public TermViews.TermView view(String organisation, UUID id) {
        return TermViews.TermView.of(inOrganisation(organisation, id));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Term inOrganisation(String organisation, UUID id) {
        return Scoped.toOrganisation(Term.<Term>findById(id), t -> t.organisation, organisation, "The term");
    }

    /** The term, locked for the rest of the transaction: enrolment decisions about its places are made one at a time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Term lockedInOrganisation(String organisation, UUID id) {
        Term term = inOrganisation(organisation, id);
        Term.getEntityManager().lock(term, LockModeType.PESSIMISTIC_WRITE);
        return term;
    }

    @Transactional
    public TermViews.SessionView addSession(String organisation, UUID termId, TermRequests.NewSession request) {
        Term term = inOrganisation(organisation, termId);
        Trainer trainer = trainers.inOrganisation(organisation, request.trainerId());
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw new ProblemException(400, "Invalid request", "The session ends before it starts.");
        }
        if (ChronoUnit.HOURS.between(request.startsAt(), request.endsAt()) > 12) {
            throw new ProblemException(400, "Invalid request", "A session lasts at most 12 hours.");
        }
        if (request.place() == null && request.onlineLink() == null) {
            throw new ProblemException(400, "Invalid request", "Give a place, an online link or both.");
        }
        if (request.kind() == SessionKind.TEACHING && request.moduleCode() == null) {
            throw new ProblemException(400, "Invalid request", "A teaching session names the module it teaches.");
        }
        if (request.moduleCode() != null && !term.programme.teaches(request.moduleCode())) {
            throw ProblemException.refused("Unknown module", "MODULE_NOT_IN_CURRICULUM",
                    "The programme's curriculum has no module " + request.moduleCode() + ".");
        }
        TrainingSession session = TrainingSession.of(term, trainer, request);
        session.persist();
        return TermViews.SessionView.of(session);
    }

    @Transactional
    public List<TermViews.SessionView> sessions(String organisation, UUID termId) {
        Term term = inOrganisation(organisation, termId);
        return TrainingSession.<TrainingSession>list("term", Sort.by("startsAt").and("id"), term).stream()
                .map(TermViews.SessionView::of).toList();
    }
}
