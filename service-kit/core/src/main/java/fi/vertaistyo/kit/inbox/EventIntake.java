package fi.vertaistyo.kit.inbox;

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
 * What every consumer does with a record: read the CloudEvent, read its data into the consumer's
 * own record of its type and check it against the contract (anything broken is poison and goes to
 * the dead-letter topic), then apply it, retrying in place while the failure is transient (the
 * offset is not committed, the partition keeps its order).
 */
@ApplicationScoped
public class EventIntake {

    private static final Logger LOG = Logger.getLogger(EventIntake.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    /** A readable event: its id, type and data (null for types the consumer does not apply). */
    public record Event(String id, String type, Object data) {
    }

    /** Applies one event with its data (null for types the consumer does not apply). */
    @FunctionalInterface
    public interface Effect {
        void apply(String eventId, String type, Object data);
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

    /** Reads one record and applies it: {@link #read}, then {@link #retryingTransientFailures}. */
    public void take(String value, Map<String, Class<?>> types, Effect effect) throws InterruptedException {
        Event event = read(value, types);
        retryingTransientFailures("event " + event.id(), () -> {
            effect.apply(event.id(), event.type(), event.data());
            return null;
        });
    }

    /**
     * For a compacted topic whose newest record per key is the state: like {@link #take}, but a record
     * that can never be applied is logged (its reason, never its content) and skipped, not dead-lettered
     * — the key's next record replaces it, and a dead-letter copy could not be cleaned away later.
     */
    public void takeLatest(String value, Map<String, Class<?>> types, Effect effect) throws InterruptedException {
        try {
            take(value, types, effect);
        } catch (PoisonEventException e) {
            LOG.warnf("record skipped: %s", e.getMessage());
        }
    }

    /** @throws PoisonEventException when the record can never be applied as it is */
    public Event read(String value, Map<String, Class<?>> types) {
        if (value == null) {
            throw new PoisonEventException("empty record", "the record has no value");
        }
        Envelope event;
        try {
            event = json.readValue(value, Envelope.class);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("not a CloudEvents JSON document", where(e));
        }
        if (!"1.0".equals(event.specversion()) || event.id() == null || event.id().isBlank() || event.type() == null) {
            throw new PoisonEventException("CloudEvent without specversion 1.0, id or type",
                    "specversion, id and type are required");
        }
        Class<?> type = types.get(event.type());
        return new Event(event.id(), event.type(), type == null ? null : dataOf(event, type));
    }

    /** Runs the work, retrying in place (with back-off) while the failure is transient. */
    public <T> T retryingTransientFailures(String what, Supplier<T> work) throws InterruptedException {
        Duration backoff = FIRST_BACKOFF;
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
        } catch (JsonProcessingException e) {
            throw new PoisonEventException(event.type() + " with unreadable data", where(e));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(event.type() + " with unreadable data", "the data does not fit " + type.getSimpleName());
        }
        if (data == null) {
            throw new PoisonEventException(event.type() + " without data", "data is required");
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            ConstraintViolation<Object> first = violations.iterator().next();
            throw new PoisonEventException(event.type() + " breaks its contract: " + first.getPropertyPath(),
                    first.getPropertyPath() + " " + first.getMessage());
        }
        return data;
    }

    /** Jackson's messages quote the input; only the kind of error and its position leave here. */
    private static String where(JsonProcessingException e) {
        String kind = e.getClass().getSimpleName();
        if (e.getLocation() == null) {
            return kind;
        }
        return kind + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
}
