package fi.vertaistyo.scheduling.peer;

import fi.vertaistyo.kit.testing.TestTokens;
import fi.vertaistyo.scheduling.TestEvents;
import static fi.vertaistyo.scheduling.TestEvents.erased;
import static fi.vertaistyo.scheduling.TestEvents.identity;
import static fi.vertaistyo.scheduling.TestEvents.registered;
import static fi.vertaistyo.kit.testing.TestKafka.send;
import static fi.vertaistyo.kit.testing.TestTokens.newOrganisation;
import static fi.vertaistyo.kit.testing.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.vertaistyo.kit.testing.TestKafka;
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
    static final String PEERS = "/api/scheduling/peers";

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
    void anIdentityThatArrivesBeforeTheRegistrationNamesThePeerOnceRegistered() {
        String org = newOrganisation();
        UUID id = UUID.randomUUID();
        send(identities(), id.toString(), identity(UUID.randomUUID().toString(), id, org, "Early Eila", null));
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from early_identity where participant_id = ?1").setParameter(1, id)
                .getSingleResult()).intValue()) == 1);
        send(topic(), id.toString(), registered(UUID.randomUUID().toString(), id, org));

        await().atMost(WAIT).until(() -> peersSeenBy(org).contains("Early Eila"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from early_identity where participant_id = ?1").setParameter(1, id)
                .getSingleResult()).intValue())).isZero();
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
    void poisonRecordsGoToTheDeadLetterTopicWithTheirHeadersAndCauseAndLaterRecordsAreStillApplied() {
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
        List<ConsumerRecord<String, String>> dead = TestKafka.awaitRecords(topic() + ".scheduling-service.dlq", key, 2,
                WAIT);
        assertThat(dead).extracting(ConsumerRecord::value).first().isEqualTo("this is not json");
        assertThat(dead).allSatisfy(r -> {
            assertThat(TestKafka.header(r, "dead-letter-reason")).isNotBlank();
            assertThat(TestKafka.header(r, "dead-letter-cause")).isNotBlank();
            assertThat(TestKafka.header(r, "dead-letter-topic")).isEqualTo(topic());
            // the record as it came, with its own headers
            assertThat(TestKafka.header(r, "content-type")).isEqualTo("application/cloudevents+json");
        });
        assertThat(TestKafka.header(dead.get(0), "dead-letter-cause")).startsWith("JsonParseException at line 1");
        assertThat(TestKafka.header(dead.get(1), "dead-letter-reason")).contains("status");
        assertThat(TestKafka.header(dead.get(1), "dead-letter-cause")).startsWith("status ");
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
        assertThat(given().auth().oauth2(token(READER, org)).get(PEERS).then().extract().jsonPath()
                .getList("status")).containsExactly("ALUMNI");
    }

    @Test
    void rulesAgreementsAndLoginsArriveThroughTheTopicAndAreApplied() throws Exception {
        String org = newOrganisation();
        UUID id = UUID.randomUUID();
        UUID programme = UUID.randomUUID();
        UUID agreement = UUID.randomUUID();
        String subject = UUID.randomUUID().toString();
        send(topic(), programme.toString(), TestEvents.event("fi.vertaistyo.programme.rules-scheduled.v1",
                UUID.randomUUID().toString(), programme, """
                {"programmeId":"%s","organisation":"%s","programmeCode":"lift","kind":"WORK_ACTIVITY","version":1,
                 "validFrom":"2026-01-01","activityMoneyCentsPerHour":200,"activityMoneyDailyCapCents":1200,
                 "minDaysPerWeek":2,"maxDaysPerWeek":3,"minutesPerDay":210,"absenceNoticeHours":24}"""
                .formatted(programme, org)));
        send(topic(), id.toString(), registered(UUID.randomUUID().toString(), id, org));
        send(topic(), id.toString(), TestEvents.event("fi.vertaistyo.agreement.in-force.v1", UUID.randomUUID().toString(),
                id, """
                {"agreementId":"%s","participantId":"%s","organisation":"%s","programmeId":"%s","programmeCode":"lift",
                 "programmeKind":"WORK_ACTIVITY","startsOn":"2026-12-01","endsOn":"2027-05-31","daysPerWeek":3,
                 "minutesPerDay":210,"payTerms":{"rulesVersion":1,"activityMoneyCentsPerHour":200,
                 "activityMoneyDailyCapCents":1200}}""".formatted(agreement, id, org, programme)));
        send(topic(), id.toString(), TestEvents.event("fi.vertaistyo.agreement.ended.v1", UUID.randomUUID().toString(),
                id, """
                {"agreementId":"%s","participantId":"%s","organisation":"%s","programmeId":"%s","endedOn":"2027-02-15"}"""
                .formatted(agreement, id, org, programme)));
        send(identities(), id.toString(), identity(UUID.randomUUID().toString(), id, org, "Pete",
                TestTokens.ISSUER + "#" + subject));

        await().atMost(WAIT).until(() -> given().auth()
                .oauth2(fi.vertaistyo.kit.testing.TestTokens.tokenFor(subject, "peer", org))
                .get("/api/scheduling/my/shifts?from=2026-12-01&to=2026-12-31").statusCode() == 200);
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select cast(ends_on as text) from peer_agreement where agreement_id = ?1").setParameter(1, agreement)
                .getSingleResult())).isEqualTo("2027-02-15");
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select absence_notice_hours from programme_terms where programme_id = ?1").setParameter(1, programme)
                .getSingleResult()).intValue())).isEqualTo(24);
    }

    long processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from processed_event where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue());
    }
}
