package fi.vertaistyo.systemtests.faults;

import fi.vertaistyo.systemtests.Platform;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Every record of a topic from its beginning, read without a consumer group. */
final class Topics {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One record as the test needs it: where it is, its key and its CloudEvent. */
    record Event(int partition, long offset, String key, String id, String type, JsonNode data) {
    }

    private Topics() {
    }

    static List<Event> read(String topic, Predicate<Event> wanted) {
        Properties config = Platform.kafkaAs("admin");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<Event> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            while (!reached(consumer, end, partitions)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    Event e = event(r);
                    if (e != null && wanted.test(e)) {
                        events.add(e);
                    }
                }
            }
        }
        return events;
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end,
            List<TopicPartition> partitions) {
        for (TopicPartition p : partitions) {
            if (consumer.position(p) < end.get(p)) {
                return false;
            }
        }
        return true;
    }

    private static Event event(ConsumerRecord<String, String> r) {
        try {
            JsonNode cloudEvent = JSON.readTree(r.value());
            return new Event(r.partition(), r.offset(), r.key(), cloudEvent.path("id").asText(),
                    cloudEvent.path("type").asText(), cloudEvent.path("data"));
        } catch (Exception notAnEvent) {
            return null;
        }
    }

    static Predicate<Event> keyIn(Set<String> keys) {
        return e -> keys.contains(e.key());
    }
}
