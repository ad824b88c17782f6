package fi.vertaistyo.kit.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Records an event in the caller's transaction. It reaches Kafka only if that transaction
 * commits, and then at least once (see {@link OutboxRelay}).
 */
@ApplicationScoped
public class Outbox {

    private static final OutboxAppended APPENDED = new OutboxAppended();

    private final ObjectMapper json;
    private final Clock clock;
    private final EntityManager em;
    private final Event<OutboxAppended> appended;
    private final String source;

    Outbox(ObjectMapper json, Clock clock, EntityManager em, Event<OutboxAppended> appended, OutboxSettings settings) {
        this.json = json;
        this.clock = clock;
        this.em = em;
        this.appended = appended;
        this.source = settings.source();
    }

    /**
     * @param key the aggregate id: all events of one aggregate land in one partition, in order
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String type, String key, Object data) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID id = UUID.randomUUID();
        CloudEvent<Object> event = new CloudEvent<>(CloudEvent.SPEC_VERSION, id.toString(), source, type, key, now,
                "application/json", data);
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + type + " cannot be serialised", e);
        }
        em.persist(OutboxEvent.of(id, topic, key, type, payload, now));
        appended.fire(APPENDED);
        return id;
    }
}
