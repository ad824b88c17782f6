package fi.vertaistyo.participant.peer;

import fi.vertaistyo.kit.outbox.Outbox;
import fi.vertaistyo.participant.peer.ParticipantEvents.Identity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the other services who a participant is now: the whole identity each time, on the compacted
 * participant-identities.v1, so the newest record is all a consumer (or a replay) needs (ADR 0021).
 */
@ApplicationScoped
public class Identities {

    private final Outbox outbox;
    private final String topic;

    Identities(Outbox outbox, @ConfigProperty(name = "vertaistyo.topics.participant-identities") String topic) {
        this.outbox = outbox;
        this.topic = topic;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void announce(Participant p) {
        outbox.publish(topic, Identity.TYPE, p.id.toString(),
                new Identity(p.id, p.organisation, p.displayName, p.accountSubject));
    }

    public String topic() {
        return topic;
    }
}
