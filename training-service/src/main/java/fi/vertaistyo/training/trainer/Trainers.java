package fi.vertaistyo.training.trainer;

import fi.vertaistyo.kit.problem.ProblemException;
import fi.vertaistyo.kit.problem.Scoped;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class Trainers {

    static final Duration LINK_CODE_VALIDITY = Duration.ofDays(7);

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

    /**
     * A new one-time code for the trainer to link their own login; an earlier unused code stops working.
     * A linked trainer may get one too (a new account), the link moves when it is used.
     */
    @Transactional
    public TrainerRequests.LinkCodeView newLinkCode(String organisation, UUID id) {
        Trainer trainer = inOrganisation(organisation, id);
        String code = LinkCode.generate();
        trainer.linkCodeHash = LinkCode.hashOfGenerated(code);
        trainer.linkCodeExpiresAt = clock.instant().plus(LINK_CODE_VALIDITY);
        return new TrainerRequests.LinkCodeView(code, trainer.linkCodeExpiresAt);
    }

    /** The caller (a trainer's login) uses a code: it links them to that trainer of their organisation, once. */
    @Transactional
    public TrainerRequests.TrainerLogin useLinkCode(String organisation, String accountKey, String typed) {
        String hash = LinkCode.hashOfTyped(typed);
        Trainer trainer = hash == null ? null : Trainer.<Trainer>find("linkCodeHash", hash).firstResult();
        if (trainer == null || !trainer.organisation.equals(organisation)
                || trainer.linkCodeExpiresAt.isBefore(clock.instant())) {
            throw ProblemException.refused("Code not valid", "LINK_CODE_INVALID",
                    "The code is not valid: it may be mistyped, used or older than a week.");
        }
        Trainer holder = Trainer.find("accountKey", accountKey).firstResult();
        if (holder != null && !holder.id.equals(trainer.id)) {
            throw ProblemException.refused("Login in use", "LOGIN_LINKED_ELSEWHERE",
                    "This login is already linked to another trainer.");
        }
        trainer.accountKey = accountKey;
        trainer.linkCodeHash = null;
        trainer.linkCodeExpiresAt = null;
        return new TrainerRequests.TrainerLogin(true, trainer.id, trainer.name);
    }

    @Transactional
    public TrainerRequests.TrainerLogin login(String accountKey) {
        return byAccount(accountKey).map(t -> new TrainerRequests.TrainerLogin(true, t.id, t.name))
                .orElse(new TrainerRequests.TrainerLogin(false, null, null));
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
