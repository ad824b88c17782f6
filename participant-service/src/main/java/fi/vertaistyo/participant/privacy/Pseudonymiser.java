package fi.vertaistyo.participant.privacy;

import fi.vertaistyo.participant.audit.AuditAction;
import fi.vertaistyo.participant.audit.AuditLog;
import fi.vertaistyo.participant.peer.Pseudonymisation;
import fi.vertaistyo.participant.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Erases a participant's names, contacts, login link and free texts everywhere in this service's
 * tables — including the copies inside already published outbox rows — and tells the other services
 * (the pseudonym on participant-identities.v1, participant.erased.v1 on participants.v2). Ids, statuses,
 * dates, consents' purposes and outcome statistics stay for the funder reports; the audit log keeps ids.
 */
@ApplicationScoped
public class Pseudonymiser {

    static final String RETENTION_ACTOR = "system:retention";

    private final EntityManager em;
    private final Pseudonymisation participants;
    private final AuditLog audit;

    Pseudonymiser(EntityManager em, Pseudonymisation participants, AuditLog audit) {
        this.em = em;
        this.participants = participants;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    String erase(String actor, UUID participantId, String basis, String purpose) {
        var done = participants.pseudonymise(participantId, basis);
        em.createNativeQuery("""
                update agreement set tasks = '', end_reason = case when end_reason is null then null else '' end
                where participant_id = ?1""").setParameter(1, participantId).executeUpdate();
        audit.record(new Caller(done.organisation(), actor), participantId, AuditAction.PSEUDONYMISE, purpose);
        return done.pseudonym();
    }
}
