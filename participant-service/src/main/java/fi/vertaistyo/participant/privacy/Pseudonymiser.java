package fi.vertaistyo.participant.privacy;

import fi.vertaistyo.participant.audit.AuditAction;
import fi.vertaistyo.participant.audit.AuditLog;
import fi.vertaistyo.participant.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Erases an alumnus's names and contacts everywhere in this service's tables — including the copies of
 * the display name inside already published outbox rows — and tells the other services the new
 * (pseudonymous) display name. Ids, statuses and outcome statistics stay for the funder reports.
 */
@ApplicationScoped
public class Pseudonymiser {

    static final String ACTOR = "system:retention";

    private final EntityManager em;
    private final fi.vertaistyo.participant.peer.Pseudonymisation participants;
    private final AuditLog audit;

    Pseudonymiser(EntityManager em, fi.vertaistyo.participant.peer.Pseudonymisation participants, AuditLog audit) {
        this.em = em;
        this.participants = participants;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void pseudonymise(UUID participantId) {
        var done = participants.pseudonymise(participantId);
        em.createNativeQuery("""
                update outbox_event set payload = jsonb_set(payload, '{data,displayName}', to_jsonb(cast(?1 as text)))
                where message_key = ?2 and payload -> 'data' -> 'displayName' is not null""")
                .setParameter(1, done.pseudonym()).setParameter(2, participantId.toString()).executeUpdate();
        audit.record(new Caller(done.organisation(), ACTOR), participantId, AuditAction.PSEUDONYMISE, "retention");
    }
}
