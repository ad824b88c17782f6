package fi.vertaistyo.training.trainer;

import fi.vertaistyo.kit.problem.ProblemException;
import fi.vertaistyo.kit.problem.Scoped;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class Trainers {

    private final Clock clock;

    Trainers(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public TrainerView create(String organisation, TrainerRequests.NewTrainer request) {
        Trainer trainer = Trainer.of(organisation, request, clock.instant());
        trainer.persist();
        return TrainerView.of(trainer);
    }

    @Transactional
    public List<TrainerView> list(String organisation) {
        return Trainer.<Trainer>list("organisation", Sort.by("name").and("id"), organisation).stream()
                .map(TrainerView::of).toList();
    }

    @Transactional
    public TrainerView view(String organisation, UUID id) {
        return TrainerView.of(inOrganisation(organisation, id));
    }

    /** Links the trainer's login; the subject is taken as one of the caller's issuer (the same identity provider). */
    @Transactional
    public TrainerView linkAccount(String organisation, UUID id, String issuer, String subject) {
        Trainer trainer = inOrganisation(organisation, id);
        String key = issuer + "#" + subject;
        Trainer holder = Trainer.find("accountKey", key).firstResult();
        if (holder != null && !holder.id.equals(id)) {
            throw ProblemException.refused("Login in use", "LOGIN_LINKED_ELSEWHERE",
                    "This login is already linked to another trainer.");
        }
        trainer.accountKey = key;
        return TrainerView.of(trainer);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Trainer inOrganisation(String organisation, UUID id) {
        return Scoped.toOrganisation(Trainer.<Trainer>findById(id), t -> t.organisation, organisation, "The trainer");
    }

    /** The trainer the caller's login is linked to, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Trainer> byAccount(String accountKey) {
        return Trainer.find("accountKey", accountKey).firstResultOptional();
    }
}
