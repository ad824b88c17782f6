package fi.vertaistyo.training.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * What every consumer of this service does with a record: read the CloudEvent, read its data into
 * our own record of its type and check it against the contract (anything broken is poison and goes
 * to the dead-letter topic), then apply it, retrying in place while the failure is transient (the
 * offset is not committed, the partition keeps its order).
 */
@ApplicationScoped
public class EventIntake {

    private static final Logger LOG = Logger.getLogger(EventIntake.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    /** Applies one event with its data (null for types the consumer does not apply). */
    @FunctionalInterface
    public interface Effect {
        void apply(String eventId, String type, Object data);
    }

    private final ObjectMapper json;
    private final Validator validator;

    EventIntake(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public void take(String value, Map<String, Class<?>> types, Effect effect) throws InterruptedException {
        IncomingEvent event = parse(value);
        Object data = dataOf(event, types.get(event.type()));
        Duration backoff = Duration.ofMillis(200);
        while (true) {
            try {
                effect.apply(event.id(), event.type(), data);
                return;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    throw e;
                }
                LOG.warnf("event %s not applied yet (%s), retrying in %d ms", event.id(), e.getClass().getSimpleName(),
                        backoff.toMillis());
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private IncomingEvent parse(String value) {
        if (value == null) {
            throw new PoisonEventException("empty record");
        }
        IncomingEvent event;
        try {
            event = json.readValue(value, IncomingEvent.class);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("not a CloudEvents JSON document");
        }
        if (!"1.0".equals(event.specversion()) || event.id() == null || event.id().isBlank() || event.type() == null) {
            throw new PoisonEventException("CloudEvent without specversion 1.0, id or type");
        }
        return event;
    }

    private Object dataOf(IncomingEvent event, Class<?> type) {
        if (type == null) {
            return null;
        }
        Object data;
        try {
            data = json.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException(event.type() + " with unreadable data");
        }
        if (data == null) {
            throw new PoisonEventException(event.type() + " without data");
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            throw new PoisonEventException(event.type() + " breaks its contract: "
                    + violations.iterator().next().getPropertyPath());
        }
        return data;
    }
}
