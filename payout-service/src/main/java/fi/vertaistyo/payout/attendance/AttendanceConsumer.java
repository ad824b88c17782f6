package fi.vertaistyo.payout.attendance;

import fi.vertaistyo.kit.inbox.DeadLetters;
import fi.vertaistyo.kit.inbox.EventIntake;
import fi.vertaistyo.kit.inbox.PoisonEventException;
import fi.vertaistyo.payout.ledger.AttendanceFact;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes attendance.v1 a poll at a time: the whole batch is posted in one transaction. A record
 * that breaks the contract is dead-lettered before; one that only the ledger can refuse (the same
 * attendance id with different data, a second correction of one record) makes the batch roll back,
 * and the batch is then posted record by record so that exactly that record is dead-lettered.
 * Database outages are retried in place: nothing is acknowledged, the partitions keep their order.
 */
@ApplicationScoped
public class AttendanceConsumer {

    private static final Logger LOG = Logger.getLogger(AttendanceConsumer.class);

    private static final Map<String, Class<?>> TYPES = Map.of(AttendanceConfirmed.TYPE, AttendanceConfirmed.class);

    private final AttendanceIntake ledger;
    private final EventIntake intake;
    private final MutinyEmitter<String> deadLetters;

    AttendanceConsumer(AttendanceIntake ledger, EventIntake intake,
            @Channel("attendance-dead-letters") MutinyEmitter<String> deadLetters) {
        this.ledger = ledger;
        this.intake = intake;
        this.deadLetters = deadLetters;
    }

    private record Readable(ConsumerRecord<String, String> record, AttendanceFact fact) {
    }

    @Incoming("attendance")
    @Blocking
    public void onBatch(ConsumerRecords<String, String> records) throws InterruptedException {
        List<Readable> readable = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                AttendanceFact fact = read(record.value());
                if (fact != null) {
                    readable.add(new Readable(record, fact));
                }
            } catch (PoisonEventException e) {
                deadLetter(record, e);
            }
        }
        if (readable.isEmpty()) {
            return;
        }
        try {
            List<AttendanceFact> facts = readable.stream().map(Readable::fact).toList();
            intake.retryingTransientFailures("attendance", () -> ledger.apply(facts));
        } catch (RuntimeException batchRefused) {
            for (Readable one : readable) {
                try {
                    intake.retryingTransientFailures("attendance", () -> ledger.apply(List.of(one.fact())));
                } catch (PoisonEventException e) {
                    deadLetter(one.record(), e);
                } catch (RuntimeException e) {
                    LOG.errorf("attendance record at %s-%d@%d could not be posted (%s)", one.record().topic(),
                            one.record().partition(), one.record().offset(), e.getClass().getSimpleName());
                    deadLetter(one.record(), new PoisonEventException("could not be posted",
                            e.getClass().getSimpleName() + " when posting to the ledger"));
                }
            }
        }
    }

    /** The record's attendance, or null for event types this consumer does not read. */
    private AttendanceFact read(String value) {
        EventIntake.Event event = intake.read(value, TYPES);
        return event.data() == null ? null : ((AttendanceConfirmed) event.data()).fact(event.id());
    }

    /** The record as it was, with its headers, the reason and the cause (never a personal value); sent before the offset moves on. */
    private void deadLetter(ConsumerRecord<String, String> record, PoisonEventException failure) {
        LOG.warnf("attendance record at %s-%d@%d dead-lettered: %s", record.topic(), record.partition(),
                record.offset(), failure.getMessage());
        deadLetters.sendMessageAndAwait(DeadLetters.of(record, failure));
    }
}
