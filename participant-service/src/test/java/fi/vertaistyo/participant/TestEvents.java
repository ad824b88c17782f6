package fi.vertaistyo.participant;

import fi.vertaistyo.kit.testing.TestKafka;
import fi.vertaistyo.kit.testing.TestSchemas;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads what the service really published on the broker, and checks it against docs/events. */
public final class TestEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestEvents() {
    }

    public static String participantsTopic() {
        return ConfigProvider.getConfig().getValue("vertaistyo.topics.participants", String.class);
    }

    public static String identitiesTopic() {
        return ConfigProvider.getConfig().getValue("vertaistyo.topics.participant-identities", String.class);
    }

    /** Waits for the record whose key (the CloudEvent subject) is {@code key}. */
    public static ConsumerRecord<String, String> awaitRecord(String topic, String key, Duration timeout) {
        return awaitRecords(topic, key, 1, timeout).get(0);
    }

    /** Waits until {@code count} records with this key were read from the start of the topic. */
    public static List<ConsumerRecord<String, String>> awaitRecords(String topic, String key, int count,
            Duration timeout) {
        try (KafkaConsumer<String, String> consumer = reader(topic)) {
            List<ConsumerRecord<String, String>> found = new java.util.ArrayList<>();
            long end = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < end) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                }
                if (found.size() >= count) {
                    return found;
                }
            }
            throw new AssertionError(found.size() + " of " + count + " records with key " + key + " on " + topic
                    + " within " + timeout);
        }
    }

    /** Waits for the event of this type with this key (events of other types on the key are skipped). */
    public static JsonNode awaitEvent(String topic, String key, String type, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = reader(topic)) {
            long end = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < end) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(r.key()) && type.equals(json(r.value()).path("type").asText())) {
                        return json(r.value());
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " with key " + key + " on " + topic + " within " + timeout);
    }

    private static KafkaConsumer<String, String> reader(String topic) {
        Properties props = TestKafka.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    public static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validation messages of {@code event} against docs/events/schemas/{@code schemaFile}; empty when valid. */
    public static Set<ValidationMessage> validate(String schemaFile, JsonNode event) {
        return TestSchemas.validate(schemaFile.replaceFirst("\\.json$", ""), event);
    }
}
