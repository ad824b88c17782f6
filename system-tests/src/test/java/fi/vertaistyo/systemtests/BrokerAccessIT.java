package fi.vertaistyo.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The local broker enforces the chart's KafkaUsers (dev/kafka/access.json, ADR 0022): each service and the
 * demo partner office sign in as their own SASL/SCRAM user and get only their ACLs. Refusals are the
 * broker's own authorization errors; nothing here writes a record to a topic anyone consumes.
 */
class BrokerAccessIT {

    static final String PARTNER = "partner-kela-itakeskus";
    static final String OWN_DESK_DUTY = "desk-duty.v1.stop-huumeille.kela-itakeskus";
    static final String OTHER_DESK_DUTY = "desk-duty.v1.stop-huumeille.kela-kallio";
    static final Map<String, List<String>> OTHERS_TOPICS = Map.of(
            "vertaistyo-participant-service", List.of("attendance.v1", "qualifications.v1", OWN_DESK_DUTY),
            "vertaistyo-scheduling-service", List.of("participants.v2", "participant-identities.v1", "qualifications.v1"),
            "vertaistyo-training-service", List.of("participants.v2", "participant-identities.v1", "attendance.v1", OWN_DESK_DUTY),
            "vertaistyo-payout-service", List.of("participants.v2", "participant-identities.v1", "attendance.v1",
                    "qualifications.v1", "attendance.v1.scheduling-service.dlq"));

    @Test
    void aPartnerOfficeReadsItsOwnAgencysDeskDutyTopic() {
        awaitDemoDutiesOn(OWN_DESK_DUTY);
        List<ConsumerRecord<String, String>> duties = readAs(PARTNER, PARTNER + "-system-test", OWN_DESK_DUTY);
        assertThat(duties).as("the demo schedules have duties at Kela Itäkeskus").isNotEmpty().allSatisfy(r -> {
            JsonNode event = json(r.value());
            assertThat(event.path("type").asText()).isEqualTo("fi.vertaistyo.desk-duty.v1");
            assertThat(event.at("/data/location").asText()).isEqualTo("Kela Itäkeskus");
        });
    }

    @Test
    void aPartnerOfficeCannotReadPeopleAnotherAgencysDeskDutyOrAnyDeadLetters() {
        awaitDemoDutiesOn(OTHER_DESK_DUTY);
        assertThat(readAs("admin", "admin-system-test-" + UUID.randomUUID(), OTHER_DESK_DUTY))
                .as("the other agency's topic exists and holds duties: the refusal below is not for want of records")
                .isNotEmpty();
        List<String> forbidden = new ArrayList<>(List.of("participants.v2", "participant-identities.v1", "participants.v1",
                "qualifications.v1", "attendance.v1", OTHER_DESK_DUTY, "desk-duty.v1.stop-huumeille.kela-itakeskus-2"));
        forbidden.addAll(deadLetterTopics());
        for (String topic : forbidden) {
            assertThat(refusalReading(PARTNER, PARTNER + "-system-test", topic)).as("the partner office reading " + topic)
                    .isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aPartnerOfficeCannotWriteItsTopicNorUseAServicesConsumerGroup() {
        assertThat(refusalWriting(PARTNER, OWN_DESK_DUTY)).isInstanceOf(TopicAuthorizationException.class);
        assertThat(refusalReading(PARTNER, "scheduling-service", OWN_DESK_DUTY)).isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void aServiceCannotWriteAnotherServicesTopics() {
        OTHERS_TOPICS.forEach((service, topics) -> {
            for (String topic : topics) {
                assertThat(refusalWriting(service, topic)).as(service + " writing " + topic)
                        .isInstanceOf(TopicAuthorizationException.class);
            }
        });
    }

    @Test
    void aServiceReadsOnlyWhatItConsumesAndCreatesOnlyUnderItsOwnPrefix() {
        assertThat(refusalReading("vertaistyo-training-service", "training-service-system-test", "attendance.v1"))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThat(refusalReading("vertaistyo-payout-service", "payout-service-system-test", OWN_DESK_DUTY))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThat(refusalReading("vertaistyo-participant-service", "participant-service-system-test", "participants.v2"))
                .as("it writes participants.v2, it does not read it").isInstanceOf(TopicAuthorizationException.class);
        assertThat(refusalReading("vertaistyo-scheduling-service", "scheduling-service-system-test",
                "participants.v2.scheduling-service.dlq")).as("dead letters are written, read by people with the admin")
                .isInstanceOf(TopicAuthorizationException.class);
        assertThat(refusalCreating("vertaistyo-training-service", "qualifications.v2")).isInstanceOf(TopicAuthorizationException.class);
        assertThat(refusalCreating("vertaistyo-scheduling-service", "desk-duty.v2.x")).isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsNotLetIn() {
        for (Properties login : List.of(Platform.kafkaAs("vertaistyo-payout-service", "not-the-password"),
                Platform.kafkaAs("someone", "anything"))) {
            try (Admin admin = Admin.create(login)) {
                Throwable refused = catchThrowable(() -> admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS));
                assertThat(refused).isInstanceOf(ExecutionException.class)
                        .cause().isInstanceOf(SaslAuthenticationException.class);
            }
        }
    }

    /**
     * The demo data's duties reach the agencies' topics through scheduling-service's outbox relay, a moment
     * after dev/up has loaded them: waits until the relay has sent every one and the broker holds them,
     * and says where they are stuck if not.
     */
    static void awaitDemoDutiesOn(String topic) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            long[] outbox = outboxRowsFor(topic);
            long held = endOffset(topic);
            assertThat(outbox[1] == 0 && held > 0).as("scheduling-service's outbox holds " + outbox[0] + " events for "
                    + topic + ", " + outbox[1] + " of them unsent, and the broker holds " + held
                    + " records (-1: no such topic)").isTrue();
        });
    }

    /** {rows, unsent rows} of scheduling-service's outbox for the topic. */
    static long[] outboxRowsFor(String topic) {
        try (Connection c = Platform.database("scheduling");
                PreparedStatement st = c.prepareStatement(
                        "select count(*), count(*) filter (where sent_at is null) from outbox_event where topic = ?")) {
            st.setString(1, topic);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read scheduling-service's outbox", e);
        }
    }

    /** The topic's end offset (single partition), -1 while it does not exist. */
    static long endOffset(String topic) {
        TopicPartition partition = new TopicPartition(topic, 0);
        try (Admin admin = Admin.create(Platform.kafkaAs("admin"))) {
            return admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition)
                    .get(30, TimeUnit.SECONDS).offset();
        } catch (Exception e) {
            if (e instanceof ExecutionException && e.getCause() instanceof UnknownTopicOrPartitionException) {
                return -1;
            }
            throw new IllegalStateException("could not read the end of " + topic, e);
        }
    }

    static JsonNode json(String value) {
        try {
            return new ObjectMapper().readTree(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + value, e);
        }
    }

    static List<String> deadLetterTopics() {
        try (Admin admin = Admin.create(Platform.kafkaAs("admin"))) {
            List<String> dlq = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(t -> t.endsWith(".dlq") && !t.startsWith("test-")).sorted().toList();
            assertThat(dlq).as("one per consumer of each topic, none for identities (module tests' test-* ones aside)")
                    .containsExactly("attendance.v1.payout-service.dlq", "participants.v2.payout-service.dlq",
                            "participants.v2.scheduling-service.dlq", "participants.v2.training-service.dlq",
                            "qualifications.v1.scheduling-service.dlq");
            return dlq;
        } catch (Exception e) {
            throw new IllegalStateException("could not list the topics", e);
        }
    }

    static KafkaConsumer<String, String> consumer(String user, String group) {
        Properties props = Platform.kafkaAs(user);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    /** What the user can read of the topic within thirty seconds, from its start. */
    static List<ConsumerRecord<String, String>> readAs(String user, String group, String topic) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(user, group)) {
            consumer.subscribe(List.of(topic));
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < end) {
                consumer.poll(Duration.ofMillis(250)).forEach(found::add);
                if (!found.isEmpty() && consumer.assignment().stream().allMatch(p ->
                        consumer.position(p) >= consumer.endOffsets(List.of(p)).get(p))) {
                    break;
                }
            }
        }
        return found;
    }

    /** The error the broker answers a subscription with (null if it let the user read for ten seconds). */
    static Throwable refusalReading(String user, String group, String topic) {
        try (KafkaConsumer<String, String> consumer = consumer(user, group)) {
            consumer.subscribe(List.of(topic));
            return catchThrowable(() -> {
                long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (System.nanoTime() < end) {
                    consumer.poll(Duration.ofMillis(250));
                }
            });
        }
    }

    static Throwable refusalWriting(String user, String topic) {
        Properties props = Platform.kafkaAs(user);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // Not idempotent: a user with no Write anywhere (the partner) would be refused the producer id with a
        // cluster error first; this asks the topic ACL alone.
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "15000");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            Throwable refused = catchThrowable(() -> producer.send(new ProducerRecord<>(topic, "system-test", "{}"))
                    .get(30, TimeUnit.SECONDS));
            return refused instanceof ExecutionException ? refused.getCause() : refused;
        }
    }

    static Throwable refusalCreating(String user, String topic) {
        try (Admin admin = Admin.create(Platform.kafkaAs(user))) {
            Throwable refused = catchThrowable(() -> admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS));
            return refused instanceof ExecutionException ? refused.getCause() : refused;
        }
    }
}
