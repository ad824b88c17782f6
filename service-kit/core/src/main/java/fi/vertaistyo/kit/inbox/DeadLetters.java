package fi.vertaistyo.kit.inbox;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The dead letter of a record a batch consumer could not apply, as the connector's own
 * dead-letter queue writes it for single-record consumers: the record's key, value and headers as
 * they were, plus {@code dead-letter-reason}, {@code dead-letter-cause}, the exception class names and
 * where the record was read ({@code dead-letter-topic}, {@code -partition}, {@code -offset}).
 */
public final class DeadLetters {

    private DeadLetters() {
    }

    public static Message<String> of(ConsumerRecord<String, String> record, Throwable failure) {
        RecordHeaders headers = new RecordHeaders();
        record.headers().forEach(headers::add);
        add(headers, "dead-letter-exception-class-name", failure.getClass().getName());
        add(headers, "dead-letter-reason", String.valueOf(failure.getMessage()));
        if (failure.getCause() != null) {
            add(headers, "dead-letter-cause-class-name", failure.getCause().getClass().getName());
            add(headers, "dead-letter-cause", String.valueOf(failure.getCause().getMessage()));
        }
        add(headers, "dead-letter-topic", record.topic());
        add(headers, "dead-letter-partition", String.valueOf(record.partition()));
        add(headers, "dead-letter-offset", String.valueOf(record.offset()));
        return Message.of(record.value() == null ? "" : record.value())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(record.key()).withHeaders(headers)
                        .build());
    }

    private static void add(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
