package fi.vertaistyo.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    @Test
    void aDeadLetterKeepsTheRecordAndItsHeadersAndAddsReasonCauseAndOrigin() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("attendance.v1", 2, 41L, "shift-1", "{\"not\":\"an event\"}");
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        record.headers().add("traceparent", "00-abc-def-01".getBytes(StandardCharsets.UTF_8));

        Message<String> letter = DeadLetters.of(record,
                new PoisonEventException("attendance.confirmed breaks its contract: minutes", "minutes must be greater than 0"));

        OutgoingKafkaRecordMetadata<?> metadata = letter.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow();
        Map<String, String> headers = new LinkedHashMap<>();
        metadata.getHeaders().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        assertThat(letter.getPayload()).isEqualTo("{\"not\":\"an event\"}");
        assertThat(metadata.getKey()).isEqualTo("shift-1");
        assertThat(headers).containsEntry("content-type", "application/cloudevents+json")
                .containsEntry("traceparent", "00-abc-def-01")
                .containsEntry("dead-letter-reason", "attendance.confirmed breaks its contract: minutes")
                .containsEntry("dead-letter-cause", "minutes must be greater than 0")
                .containsEntry("dead-letter-exception-class-name", PoisonEventException.class.getName())
                .containsEntry("dead-letter-topic", "attendance.v1")
                .containsEntry("dead-letter-partition", "2")
                .containsEntry("dead-letter-offset", "41");
    }
}
