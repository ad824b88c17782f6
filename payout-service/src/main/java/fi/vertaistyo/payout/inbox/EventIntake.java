package fi.vertaistyo.payout.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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

    /** A readable event: its id, type and data (null for types the consumer does not apply). */
    public record Event(String id, String type, Object data) {
    }

    private record Envelope(String specversion, String id, String source, String type, String subject, String time,
            String datacontenttype, JsonNode data) {
    }

    private final ObjectMapper json;
    private final Validator validator;

    EventIntake(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** @throws PoisonEventException when the record can never be applied as it is */
    public Event read(String value, Map<String, Class<?>> types) {
        if (value == null) {
            throw new PoisonEventException("empty record");
        }
        Envelope event;
        try {
            event = json.readValue(value, Envelope.class);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("not a CloudEvents JSON document");
        }
        if (!"1.0".equals(event.specversion()) || event.id() == null || event.id().isBlank() || event.type() == null) {
            throw new PoisonEventException("CloudEvent without specversion 1.0, id or type");
        }
        Class<?> type = types.get(event.type());
        return new Event(event.id(), event.type(), type == null ? null : dataOf(event, type));
    }

    /** Runs the work, retrying in place (with back-off) while the failure is transient. */
    public <T> T retryingTransientFailures(String what, Supplier<T> work) throws InterruptedException {
        Duration backoff = Duration.ofMillis(200);
        while (true) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    throw e;
                }
                LOG.warnf("%s not applied yet (%s), retrying in %d ms", what, e.getClass().getSimpleName(),
                        backoff.toMillis());
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private Object dataOf(Envelope event, Class<?> type) {
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
