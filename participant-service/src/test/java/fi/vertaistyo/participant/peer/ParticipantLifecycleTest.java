package fi.vertaistyo.participant.peer;

import static fi.vertaistyo.participant.TestApi.as;
import static fi.vertaistyo.participant.TestApi.participant;
import static fi.vertaistyo.kit.testing.TestTokens.newOrganisation;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import fi.vertaistyo.participant.TestEvents;
import fi.vertaistyo.kit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParticipantLifecycleTest {

    String org = newOrganisation();

    @Test
    void statusFollowsTheLifecycleAndEveryChangeIsPublished() {
        String p = participant(org, "Life");
        as("coordinator", org).body(Map.of("status", "ACTIVE")).put("/api/participants/" + p + "/status")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        as("coordinator", org).body(Map.of("status", "APPLICANT")).put("/api/participants/" + p + "/status")
                .then().statusCode(409).contentType("application/problem+json");
        as("coordinator", org).body(Map.of("status", "ALUMNI")).put("/api/participants/" + p + "/status")
                .then().statusCode(200).body("alumniSince", equalTo(fi.vertaistyo.participant.TestApi.today().toString()));
        JsonNode event = TestEvents.awaitEvent(TestEvents.participantsTopic(), p,
                "fi.vertaistyo.participant.status-changed.v1", Duration.ofSeconds(20));
        assertThat(TestEvents.validate("participant.status-changed.v1.json", event)).isEmpty();
    }

    @Test
    void everyStatusFromRegistrationOnIsKeptInTheHistoryWithWhoRecordedIt() {
        String p = participant(org, "History");
        as("coordinator", org).body(Map.of("status", "TRAINEE")).put("/api/participants/" + p + "/status").then().statusCode(200);
        as("coordinator", org).body(Map.of("status", "ACTIVE")).put("/api/participants/" + p + "/status").then().statusCode(200);
        as("coordinator", org).body(Map.of("status", "ALUMNI")).put("/api/participants/" + p + "/status").then().statusCode(200);
        // A refused change leaves no trace.
        as("coordinator", org).body(Map.of("status", "PAUSED")).put("/api/participants/" + p + "/status").then().statusCode(409);

        as("coordinator", org).get("/api/participants/" + p + "/status-history").then().statusCode(200)
                .body("status", contains("APPLICANT", "TRAINEE", "ACTIVE", "ALUMNI"))
                .body("effectiveOn[0]", equalTo(fi.vertaistyo.participant.TestApi.today().toString()))
                .body("changedBy[0]", containsString("#"));
        as("coordinator", org).get("/api/participants/" + p + "/export").then().statusCode(200)
                .body("statusHistory.status", contains("APPLICANT", "TRAINEE", "ACTIVE", "ALUMNI"));
        as("coordinator", newOrganisation()).get("/api/participants/" + p + "/status-history").then().statusCode(404);
    }

    @Test
    void displayNameChangeIsPublishedButContactChangesAreNot() {
        String p = participant(org, "Old");
        as("coordinator", org).body(Map.of("displayName", "New", "email", "new.address@example.org"))
                .patch("/api/participants/" + p).then().statusCode(200).body("displayName", equalTo("New"));
        var records = TestEvents.awaitRecords(TestEvents.identitiesTopic(), p, 2, Duration.ofSeconds(20));
        JsonNode event = TestEvents.json(records.get(1).value());
        assertThat(TestEvents.validate("participant.identity.v1.json", event)).isEmpty();
        assertThat(event.at("/data/displayName").asText()).isEqualTo("New");
        assertThat(event.toString()).doesNotContain("new.address");
        as("coordinator", org).body(Map.of("displayName", " ")).patch("/api/participants/" + p).then().statusCode(400);
    }

    @Test
    void coordinatorsSearchByNameAndStatusWithPaging() {
        participant(org, "Aaro");
        participant(org, "Aino");
        String b = participant(org, "Bertta");
        as("coordinator", org).body(Map.of("status", "TRAINEE")).put("/api/participants/" + b + "/status");
        as("coordinator", org).get("/api/participants?q=ai").then().statusCode(200)
                .body("items.displayName", contains("Aino")).body("total", equalTo(1));
        as("coordinator", org).get("/api/participants?q=TESTINEN&size=2&page=1").then().statusCode(200)
                .body("items.displayName", contains("Bertta")).body("total", equalTo(3));
        as("coordinator", org).get("/api/participants?status=TRAINEE").then()
                .body("items.displayName", contains("Bertta"));
        as("coordinator", org).get("/api/participants?q=%25").then().statusCode(200).body("total", equalTo(0));
        as("coordinator", org).get("/api/participants?status=SLEEPING").then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
    }

    @Test
    void aPeerSeesOnlyTheirOwnRecordOnceTheirLoginIsLinked() {
        String p = participant(org, "Self");
        String subject = UUID.randomUUID().toString();
        String peer = TestTokens.tokenFor(subject, "peer", org);
        given().auth().oauth2(peer).get("/api/participants/me").then().statusCode(404);
        as("coordinator", org).body(Map.of("subject", subject)).put("/api/participants/" + p + "/account")
                .then().statusCode(200).body("accountLinked", equalTo(true));
        given().auth().oauth2(peer).get("/api/participants/me").then().statusCode(200).body("id", equalTo(p));
        JsonNode linked = TestEvents.json(TestEvents.awaitRecords(TestEvents.identitiesTopic(), p, 2,
                Duration.ofSeconds(20)).get(1).value());
        assertThat(TestEvents.validate("participant.identity.v1.json", linked)).isEmpty();
        assertThat(linked.at("/data/displayName").asText()).isEqualTo("Self");
        assertThat(linked.at("/data/accountKey").asText()).isEqualTo(TestTokens.ISSUER + "#" + subject);
        given().auth().oauth2(TestTokens.tokenFor(subject, "peer", newOrganisation()))
                .get("/api/participants/me").then().statusCode(404);
        given().auth().oauth2(peer).get("/api/participants/" + p).then().statusCode(403);
        as("coordinator", org).body(Map.of("subject", subject))
                .put("/api/participants/" + participant(org, "Other") + "/account").then().statusCode(409);
    }
}
