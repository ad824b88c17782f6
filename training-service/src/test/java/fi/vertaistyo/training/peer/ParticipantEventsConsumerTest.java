package fi.vertaistyo.training.peer;

import fi.vertaistyo.training.TestEvents;
import static fi.vertaistyo.training.TestEvents.erased;
import static fi.vertaistyo.training.TestEvents.identity;
import static fi.vertaistyo.training.TestEvents.registered;
import static fi.vertaistyo.kit.testing.TestKafka.send;
import static fi.vertaistyo.kit.testing.TestTokens.newOrganisation;
import static fi.vertaistyo.kit.testing.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.vertaistyo.kit.testing.TestKafka;
import fi.vertaistyo.kit.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParticipantEventsConsumerTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    String topic() {
        return TestKafka.config("vertaistyo.topics.participants");
    }

    String identities() {
        return TestKafka.config("vertaistyo.topics.participant-identities");
    }

    void register(UUID id, String org, String displayName) {
        send(topic(), id.toString(), registered(UUID.randomUUID().toString(), id, org));
        send(identities(), id.toString(), identity(UUID.randomUUID().toString(), id, org, displayName, null));
    }

    static final String READER = "coordinator";
    static final String PEERS = "/api/training/peers";

    List<String> peersSeenBy(String org) {
        return given().auth().oauth2(token(READER, org)).get(PEERS)
                .then().statusCode(200).extract().jsonPath().getList("displayName");
    }

    @Test
    void registeredParticipantBecomesKnownToItsOrganisationOnly() {
        String org = newOrganisation();
        UUID id = UUID.randomUUID();
        register(id, org, "Pete");

        await().atMost(WAIT).until(() -> peersSeenBy(org).contains("Pete"));
        assertThat(peersSeenBy(newOrganisation())).isEmpty();
    }

    @Test
    void registrationsStatusChangesAndIdentitiesRacingOnTheirTwoTopicsAllEndNamed() {
        String org = newOrganisation();
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            UUID id = UUID.randomUUID();
            String name = "Racer " + i;
            names.add(name);
            if (i % 2 == 0) {
                send(identities(), id.toString(), identity(UUID.randomUUID().toString(), id, org, name, null));
                send(topic(), id.toString(), registered(UUID.randomUUID().toString(), id, org));
            } else {
                send(topic(), id.toString(), registered(UUID.randomUUID().toString(), id, org));
                send(identities(), id.toString(), identity(UUID.randomUUID().toString(), id, org, name, null));
            }
            // a status change read before the name arrived must not write the placeholder back over it
            send(topic(), id.toString(), TestEvents.event("fi.vertaistyo.participant.status-changed.v1",
                    UUID.randomUUID().toString(), id, """
                    {"participantId":"%s","organisation":"%s","status":"TRAINEE","effectiveOn":"2026-11-23"}"""
                    .formatted(id, org)));
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(peersSeenBy(org)).containsExactlyInAnyOrderElementsOf(names));
    }

    @Test
    void redeliveredEventIsAppliedOnce() {
        String org = newOrganisation();
        UUID id = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        send(topic(), id.toString(), registered(eventId, id, org));
        send(topic(), id.toString(), registered(eventId, id, org));
        send(identities(), id.toString(), identity(UUID.randomUUID().toString(), id, org, "Tiina", null));
        // A later event on the same key (same partition): once it is processed, both copies were.
        String sentinel = UUID.randomUUID().toString();
        send(topic(), id.toString(), """
                {"specversion":"1.0","id":"%s","source":"/test","type":"fi.vertaistyo.test.sentinel.v1","subject":"%s"}
                """.formatted(sentinel, id));

        await().atMost(WAIT).until(() -> processed(sentinel) == 1 && peersSeenBy(org).contains("Tiina"));
        assertThat(processed(eventId)).isEqualTo(1);
        assertThat(peersSeenBy(org)).containsExactly("Tiina");
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndLaterRecordsAreStillApplied() {
        String org = newOrganisation();
        String key = UUID.randomUUID().toString();
        send(topic(), key, "this is not json");
        send(topic(), key, """
                {"specversion":"1.0","id":"%s","source":"/x","type":"fi.vertaistyo.participant.registered.v2",
                 "data":{"participantId":"%s","organisation":"%s","status":""}}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), org));
        UUID id = UUID.randomUUID();
        send(topic(), key, registered(UUID.randomUUID().toString(), id, org));
        send(identities(), id.toString(), identity(UUID.randomUUID().toString(), id, org, "Jussi", null));

        await().atMost(WAIT).until(() -> peersSeenBy(org).contains("Jussi"));
        List<ConsumerRecord<String, String>> dead = TestKafka.awaitRecords(topic() + ".training-service.dlq", key, 2,
                WAIT);
        assertThat(dead).extracting(ConsumerRecord::value).first().isEqualTo("this is not json");
        assertThat(dead).allSatisfy(r -> {
            assertThat(TestKafka.header(r, "dead-letter-reason")).isNotBlank();
            assertThat(TestKafka.header(r, "dead-letter-topic")).isEqualTo(topic());
        });
        assertThat(TestKafka.header(dead.get(1), "dead-letter-reason")).contains("status");
        assertThat(peersSeenBy(org)).containsExactly("Jussi");
    }

    @Test
    void erasureReplacesTheNameByThePseudonymAndALateIdentityCannotBringItBack() {
        String org = newOrganisation();
        UUID id = UUID.randomUUID();
        register(id, org, "Before");
        await().atMost(WAIT).until(() -> peersSeenBy(org).contains("Before"));
        send(topic(), id.toString(), TestEvents.event("fi.vertaistyo.participant.status-changed.v1",
                UUID.randomUUID().toString(), id, """
                {"participantId":"%s","organisation":"%s","status":"ALUMNI","effectiveOn":"2026-11-23"}"""
                .formatted(id, org)));
        send(topic(), id.toString(), erased(UUID.randomUUID().toString(), id, org, "Pseudonym 1a2b3c4d"));
        await().atMost(WAIT).until(() -> peersSeenBy(org).contains("Pseudonym 1a2b3c4d"));

        send(identities(), id.toString(), identity(UUID.randomUUID().toString(), id, org, "Before", "x#late"));
        String sentinel = UUID.randomUUID().toString();
        send(identities(), id.toString(), """
                {"specversion":"1.0","id":"%s","source":"/test","type":"fi.vertaistyo.test.sentinel.v1","subject":"%s"}
                """.formatted(sentinel, id));
        await().atMost(WAIT).until(() -> processed(sentinel) == 1);
        assertThat(peersSeenBy(org)).containsExactly("Pseudonym 1a2b3c4d");
    }

    @Test
    void aLinkedLoginLetsThePeerSeeTheirOwnTrainingAndUnlinkingTakesItAway() {
        String org = newOrganisation();
        UUID id = UUID.randomUUID();
        String subject = UUID.randomUUID().toString();
        String peerToken = TestTokens.tokenFor(subject, "peer", org);
        send(topic(), id.toString(), registered(UUID.randomUUID().toString(), id, org));
        send(identities(), id.toString(), identity(UUID.randomUUID().toString(), id, org, "Linked",
                TestTokens.ISSUER + "#" + subject));
        String verify = "/api/training/my/gatherings/" + UUID.randomUUID() + "/signup";

        // signing up for a gathering that does not exist: 404 once the login is known, 409 while it is not
        await().atMost(WAIT).until(() -> given().auth().oauth2(peerToken).post(verify).statusCode() == 404);
        send(identities(), id.toString(), identity(UUID.randomUUID().toString(), id, org, "Linked", null));
        await().atMost(WAIT).until(() -> given().auth().oauth2(peerToken).post(verify).statusCode() == 409);
    }

    long processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from processed_event where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue());
    }
}
