package fi.vertaistyo.kit.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Plain Kafka clients against the same broker the service under test uses: records in, records read back. */
public final class TestKafka {

    private TestKafka() {
    }

    public static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }

    /**
     * Settings for a plain client on the broker the service under test uses, signed in as that service's
     * tests are (SASL/SCRAM: {@code kafka.security.protocol}, {@code kafka.sasl.*}).
     */
    public static Properties clientProperties() {
        Properties props = new Properties();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, config("kafka.bootstrap.servers"));
        for (String key : List.of(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SaslConfigs.SASL_MECHANISM,
                SaslConfigs.SASL_JAAS_CONFIG)) {
            ConfigProvider.getConfig().getOptionalValue("kafka." + key, String.class).ifPresent(v -> props.put(key, v));
        }
        return props;
    }

    public static void send(String topic, String key, String value) {
        send(topic, key, value, Map.of("content-type", "application/cloudevents+json"));
    }

    /** A record with these headers (the outbox sends {@code content-type}; a test may send others). */
    public static void send(String topic, String key, String value, Map<String, String> headers) {
        Properties props = clientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not produce the test record", e);
        }
    }

    /** All records with this key read from the start of the topic within the timeout. */
    public static List<ConsumerRecord<String, String>> awaitRecords(String topic, String key, int count,
            Duration timeout) {
        List<ConsumerRecord<String, String>> found = read(topic, key, count, timeout);
        if (found.size() < count) {
            throw new AssertionError(found.size() + " of " + count + " records with key " + key + " on " + topic);
        }
        return found;
    }

    /** The first {@code count} records of the topic, whatever their keys, read from its start within the timeout. */
    public static List<ConsumerRecord<String, String>> awaitAllRecords(String topic, int count, Duration timeout) {
        List<ConsumerRecord<String, String>> found = read(topic, null, count, timeout);
        if (found.size() < count) {
            throw new AssertionError(found.size() + " of " + count + " records on " + topic);
        }
        return found;
    }

    /** Whatever records the topic has, read from its start for the time given. */
    public static List<ConsumerRecord<String, String>> allRecords(String topic, Duration within) {
        return read(topic, null, Integer.MAX_VALUE, within);
    }

    /** Whatever records with this key can be read from the start of the topic within the time given. */
    public static List<ConsumerRecord<String, String>> recordsWithKey(String topic, String key, Duration within) {
        return read(topic, key, Integer.MAX_VALUE, within);
    }

    /** Reads from the start of the topic until {@code enough} records with the key (any, when null) are found or time is up. */
    private static List<ConsumerRecord<String, String>> read(String topic, String key, int enough, Duration within) {
        Properties props = clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            long end = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < end && found.size() < enough) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key == null || key.equals(r.key())) {
                        found.add(r);
                    }
                });
            }
            return found;
        }
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A CloudEvent in structured JSON mode, as the outbox writes it; {@code data} is JSON. */
    public static String cloudEvent(String source, String type, String eventId, String subject, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"%s","type":"%s",
                 "subject":"%s","time":"2026-11-23T08:00:00Z","datacontenttype":"application/json","data":%s}
                """.formatted(eventId, source, type, subject, data);
    }
}
