package fi.vertaistyo.participant.consent;

import fi.vertaistyo.participant.audit.AuditAction;
import fi.vertaistyo.participant.audit.AuditLog;
import fi.vertaistyo.participant.security.Caller;
import fi.vertaistyo.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Consents are given and withdrawn (who, when), never edited; the history stays. */
@ApplicationScoped
public class Consents {

    private final EntityManager em;
    private final AuditLog audit;
    private final Clock clock;

    Consents(EntityManager em, AuditLog audit, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caller must already have resolved {@code participantId} within their organisation. */
    @Transactional
    public List<Consent.View> give(Caller caller, UUID participantId, ConsentPurpose purpose) {
        if (!inForce(participantId, purpose)) {
            em.persist(Consent.given(participantId, purpose, caller.actor(), clock.instant()));
        }
        audit.record(caller, participantId, AuditAction.UPDATE, "consent given");
        return history(participantId);
    }

    @Transactional
    public List<Consent.View> withdraw(Caller caller, UUID participantId, ConsentPurpose purpose) {
        Consent c = current(participantId, purpose)
                .orElseThrow(() -> ProblemException.refused("No consent in force", "NO_CONSENT_IN_FORCE", "There is no consent to withdraw."));
        c.withdrawnAt = clock.instant();
        c.withdrawnBy = caller.actor();
        audit.record(caller, participantId, AuditAction.UPDATE, "consent withdrawn");
        return history(participantId);
    }

    @Transactional
    public List<Consent.View> list(Caller caller, UUID participantId, String purpose) {
        audit.record(caller, participantId, AuditAction.READ, purpose);
        return history(participantId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean inForce(UUID participantId, ConsentPurpose purpose) {
        return current(participantId, purpose).isPresent();
    }

    /** The participant's consents, given and withdrawn; the caller has resolved and audited the access. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Consent.View> history(UUID participantId) {
        return em.createQuery("from Consent c where c.participantId = ?1 order by c.givenAt, c.id", Consent.class)
                .setParameter(1, participantId).getResultStream().map(Consent.View::of).toList();
    }

    private java.util.Optional<Consent> current(UUID participantId, ConsentPurpose purpose) {
        return em.createQuery("from Consent c where c.participantId = ?1 and c.purpose = ?2 and c.withdrawnAt is null",
                Consent.class).setParameter(1, participantId).setParameter(2, purpose).getResultStream().findFirst();
    }
}
