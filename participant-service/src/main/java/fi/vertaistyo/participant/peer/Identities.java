package fi.vertaistyo.participant.peer;

import fi.vertaistyo.kit.outbox.Outbox;
import fi.vertaistyo.participant.peer.ParticipantEvents.Identity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the other services who a participant is now: the whole identity each time, on the compacted
 * participant-identities.v1, so the newest record is all a consumer (or a replay) needs (ADR 0021).
 */
@ApplicationScoped
public class Identities {

    private final Outbox outbox;
    private final EntityManager em;
    private final String topic;

    Identities(Outbox outbox, EntityManager em,
            @ConfigProperty(name = "vertaistyo.topics.participant-identities") String topic) {
        this.outbox = outbox;
        this.em = em;
        this.topic = topic;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void announce(Participant p) {
        outbox.publish(topic, Identity.TYPE, p.id.toString(),
                new Identity(p.id, p.organisation, p.displayName, p.accountSubject));
    }

    /** Rewrites the identity rows already in the outbox (sent or not) with the pseudonym and no login. */
    @Transactional(Transactional.TxType.MANDATORY)
    void forget(Participant p) {
        em.createNativeQuery("""
                update outbox_event
                set payload = jsonb_set(jsonb_set(payload, '{data,displayName}', to_jsonb(cast(?1 as text))),
                                        '{data,accountKey}', 'null'::jsonb)
                where topic = ?3 and message_key = ?2""")
                .setParameter(1, p.displayName).setParameter(2, p.id.toString()).setParameter(3, topic)
                .executeUpdate();
    }
}
