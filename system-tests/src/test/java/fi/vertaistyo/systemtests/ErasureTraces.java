package fi.vertaistyo.systemtests;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Where a value can still be found: every text-like column of the four databases, every record of every topic. */
final class ErasureTraces {

    static final List<String> SERVICES = List.of("participant", "scheduling", "training", "payout");
    private ErasureTraces() {
    }

    /** "service.table.column" for each column holding any of the values (case-insensitive). */
    static List<String> inDatabases(Set<String> values) {
        List<String> found = new ArrayList<>();
        for (String service : SERVICES) {
            try (Connection c = Platform.database(service)) {
                List<String[]> columns = new ArrayList<>();
                try (PreparedStatement st = c.prepareStatement("""
                        select table_name, column_name from information_schema.columns
                        where table_schema = 'public'
                          and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')""");
                        ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        columns.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
                for (String[] column : columns) {
                    for (String value : values) {
                        try (PreparedStatement st = c.prepareStatement("select count(*) from \"" + column[0]
                                + "\" where \"" + column[1] + "\"::text ilike ?")) {
                            st.setString(1, "%" + value + "%");
                            try (ResultSet rs = st.executeQuery()) {
                                rs.next();
                                if (rs.getLong(1) > 0) {
                                    found.add(service + "." + column[0] + "." + column[1] + " holds " + value);
                                }
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not search " + service, e);
            }
        }
        return found;
    }

    /** "topic@partition:offset" of each record whose key, value or headers hold any of the values. */
    static List<String> inTopics(Set<String> values) {
        Properties admin = Platform.kafkaAs("admin");
        Set<String> topics;
        try (Admin client = Admin.create(admin)) {
            topics = client.listTopics().names().get();
        } catch (Exception e) {
            throw new IllegalStateException("could not list the topics", e);
        }
        Properties config = Platform.kafkaAs("admin");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<String> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    StringBuilder text = new StringBuilder();
                    text.append(string(r.key())).append('\n').append(string(r.value()));
                    for (Header h : r.headers()) {
                        text.append('\n').append(string(h.value()));
                    }
                    String haystack = text.toString().toLowerCase(Locale.ROOT);
                    for (String value : values) {
                        if (haystack.contains(value.toLowerCase(Locale.ROOT))) {
                            found.add(r.topic() + "@" + r.partition() + ":" + r.offset() + " holds " + value);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String string(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
