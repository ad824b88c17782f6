package fi.vertaistyo.payout.attendance;

import fi.vertaistyo.payout.inbox.EventIntake;
import fi.vertaistyo.payout.inbox.PoisonEventException;
import fi.vertaistyo.payout.ledger.AttendanceFact;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
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
                deadLetter(record, e.getMessage());
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
                    deadLetter(one.record(), e.getMessage());
                } catch (RuntimeException e) {
                    LOG.errorf("attendance record at %s-%d@%d could not be posted (%s)", one.record().topic(),
                            one.record().partition(), one.record().offset(), e.getClass().getSimpleName());
                    deadLetter(one.record(), "could not be posted: " + e.getClass().getSimpleName());
                }
            }
        }
    }

    /** The record's attendance, or null for event types this consumer does not read. */
    private AttendanceFact read(String value) {
        EventIntake.Event event = intake.read(value, TYPES);
        return event.data() == null ? null : ((AttendanceConfirmed) event.data()).fact(event.id());
    }

    /** The record as it was, with the reason in headers (never a personal value); sent before the offset moves on. */
    private void deadLetter(ConsumerRecord<String, String> record, String reason) {
        LOG.warnf("attendance record at %s-%d@%d dead-lettered: %s", record.topic(), record.partition(),
                record.offset(), reason);
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-topic", record.topic().getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-partition", String.valueOf(record.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-offset", String.valueOf(record.offset()).getBytes(StandardCharsets.UTF_8));
        deadLetters.sendMessageAndAwait(Message.of(record.value() == null ? "" : record.value())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(record.key()).withHeaders(headers)
                        .build()));
    }
}
