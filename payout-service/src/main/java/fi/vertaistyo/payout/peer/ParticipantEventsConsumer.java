package fi.vertaistyo.payout.peer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.vertaistyo.payout.inbox.PoisonEventException;
import fi.vertaistyo.payout.inbox.TransientFailures;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes participants.v1. A record that can never be applied goes to the dead-letter topic
 * (failure-strategy=dead-letter-queue) and the consumer goes on. A transient failure (database
 * away) is retried in place: the offset is not committed, the partition keeps its order, and the
 * channel reports unhealthy if it lasts.
 */
@ApplicationScoped
public class ParticipantEventsConsumer {

    private static final Logger LOG = Logger.getLogger(ParticipantEventsConsumer.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final KnownPeers knownPeers;
    private final ObjectMapper json;
    private final Validator validator;

    ParticipantEventsConsumer(KnownPeers knownPeers, ObjectMapper json, Validator validator) {
        this.knownPeers = knownPeers;
        this.json = json;
        this.validator = validator;
    }

    @Incoming("participants")
    @Blocking
    public void onEvent(String value) throws InterruptedException {
        IncomingEvent event = parse(value);
        Object data = dataOf(event);
        Duration backoff = Duration.ofMillis(200);
        while (true) {
            try {
                knownPeers.apply(event.id(), event.type(), data);
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

    /** The event's data read into our own record of its type, or null for types this service does not apply. */
    private Object dataOf(IncomingEvent event) {
        Class<?> type = switch (event.type()) {
            case ParticipantRegistered.TYPE -> ParticipantRegistered.class;
            case ParticipantChanges.DisplayNameChanged.TYPE -> ParticipantChanges.DisplayNameChanged.class;
            case ParticipantChanges.StatusChanged.TYPE -> ParticipantChanges.StatusChanged.class;
            case ParticipantChanges.AccountChanged.TYPE -> ParticipantChanges.AccountChanged.class;
            case ParticipantChanges.ProgrammeRulesScheduled.TYPE -> ParticipantChanges.ProgrammeRulesScheduled.class;
            default -> null;
        };
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
