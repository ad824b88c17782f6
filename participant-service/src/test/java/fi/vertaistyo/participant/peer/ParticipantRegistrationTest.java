package fi.vertaistyo.participant.peer;

import fi.vertaistyo.kit.testing.TestTokens;
import static fi.vertaistyo.kit.testing.TestTokens.newOrganisation;
import static fi.vertaistyo.kit.testing.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import fi.vertaistyo.participant.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParticipantRegistrationTest {

    static final Map<String, Object> AINO = Map.of(
            "displayName", "Aino K.",
            "legalName", "Aino Kaarina Testinen",
            "email", "aino.testinen@example.org",
            "phone", "+358 40 123 4567",
            "preferredLanguage", "fi");

    static String register(String org, Map<String, Object> body) {
        return given().auth().oauth2(token("coordinator", org)).contentType(ContentType.JSON).body(body)
                .when().post("/api/participants")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void registeredParticipantIsPublishedWithOnlyWhatConsumersNeed() {
        String org = newOrganisation();
        String id = register(org, AINO);

        ConsumerRecord<String, String> record = TestEvents.awaitRecord(TestEvents.participantsTopic(), id,
                Duration.ofSeconds(20));
        JsonNode event = TestEvents.json(record.value());

        assertThat(TestEvents.validate("participant.registered.v2.json", event)).isEmpty();
        assertThat(event.path("type").asText()).isEqualTo("fi.vertaistyo.participant.registered.v2");
        assertThat(event.path("data").path("organisation").asText()).isEqualTo(org);
        assertThat(record.value()).doesNotContain("Aino", "Testinen", "example.org", "4567");
        // the name goes only on the compacted identities topic, where erasure can replace it (ADR 0021)
        ConsumerRecord<String, String> identity = TestEvents.awaitRecord(TestEvents.identitiesTopic(), id,
                Duration.ofSeconds(20));
        JsonNode named = TestEvents.json(identity.value());
        assertThat(TestEvents.validate("participant.identity.v1.json", named)).isEmpty();
        assertThat(named.path("data").path("displayName").asText()).isEqualTo("Aino K.");
        assertThat(named.path("data").path("accountKey").isNull()).isTrue();
        assertThat(identity.value()).doesNotContain("Testinen", "example.org", "4567");
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/cloudevents+json");
    }

    @Test
    void coordinatorReadsBackWhatWasRegistered() {
        String org = newOrganisation();
        String id = register(org, AINO);

        given().auth().oauth2(token("coordinator", org))
                .when().get("/api/participants/" + id)
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("legalName", equalTo("Aino Kaarina Testinen"))
                .body("status", equalTo("APPLICANT"))
                .body("registeredAt", notNullValue());

        given().auth().oauth2(token("coordinator", org))
                .when().get("/api/participants")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", hasItem(id));
    }

    @Test
    void anotherOrganisationCannotSeeOrProbeTheParticipant() {
        String id = register(newOrganisation(), AINO);
        String other = newOrganisation();

        given().auth().oauth2(token("coordinator", other))
                .when().get("/api/participants/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token("coordinator", other))
                .when().get("/api/participants")
                .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
    }

    @Test
    void missingAndOversizedFieldsAreRefusedWithProblemDetails() {
        given().auth().oauth2(token("coordinator", newOrganisation())).contentType(ContentType.JSON)
                .body(Map.of("displayName", "x".repeat(61), "email", "not-an-email", "preferredLanguage", "de"))
                .when().post("/api/participants")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem("displayName"))
                .body("violations.field", hasItem("legalName"))
                .body("violations.field", hasItem("email"))
                .body("violations.field", hasItem("preferredLanguage"))
                .body(not(containsString("not-an-email")));
    }

    @Test
    void malformedBodiesAreRefusedWithoutInternals() {
        String coordinator = token("coordinator", newOrganisation());
        for (String body : new String[] {"{", "[]", "{\"displayName\": {\"a\": 1}, \"legalName\": \"x\"}", "null", ""}) {
            given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(body)
                    .when().post("/api/participants")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body(not(containsString("Exception")))
                    .body(not(containsString("fi.vertaistyo")));
        }
    }

    @Test
    void unknownAndMalformedIdsAnswer404And400() {
        String coordinator = token("coordinator", newOrganisation());
        given().auth().oauth2(coordinator).when().get("/api/participants/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(coordinator).when().get("/api/participants/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(coordinator).when().get("/api/participants?size=100000")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
