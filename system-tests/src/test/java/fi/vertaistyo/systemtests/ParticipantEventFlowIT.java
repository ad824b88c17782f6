package fi.vertaistyo.systemtests;

import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** participant-service → participants.v1 (outbox, real broker) → the other services' projections. */
class ParticipantEventFlowIT {

    @Test
    void registeredParticipantBecomesKnownToSchedulingTrainingAndPayout() {
        String displayName = "Flow " + UUID.randomUUID().toString().substring(0, 8);
        String id = Platform.as("sh-coordinator").contentType(ContentType.JSON)
                .body(Map.of("displayName", displayName, "legalName", "System Test Person", "preferredLanguage", "fi"))
                .post("/api/participants")
                .then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertKnown("sh-coordinator", "/api/scheduling/peers", id);
            assertKnown("sh-trainer", "/api/training/peers", id);
            assertKnown("sh-payout", "/api/payouts/peers", id);
        });
        // Never visible to another organisation.
        List<String> sovatek = Platform.as("sovatek-coordinator").get("/api/scheduling/peers")
                .then().statusCode(200).extract().jsonPath().getList("participantId");
        org.assertj.core.api.Assertions.assertThat(sovatek).doesNotContain(id);
    }

    @Test
    void displayNameAndStatusChangesReachEveryServiceThatKnowsThePeer() {
        String id = Platform.as("sovatek-coordinator").contentType(ContentType.JSON)
                .body(Map.of("displayName", "Renamed " + UUID.randomUUID().toString().substring(0, 6),
                        "legalName", "System Test Person"))
                .post("/api/participants").then().statusCode(201).extract().path("id");
        String newName = "Now " + UUID.randomUUID().toString().substring(0, 6);
        Platform.as("sovatek-coordinator").contentType(ContentType.JSON).body(Map.of("displayName", newName))
                .patch("/api/participants/" + id).then().statusCode(200);
        Platform.as("sovatek-coordinator").contentType(ContentType.JSON).body(Map.of("status", "TRAINEE"))
                .put("/api/participants/" + id + "/status").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            for (String[] reader : new String[][] {{"sovatek-coordinator", "/api/scheduling/peers"},
                    {"sovatek-coordinator", "/api/training/peers"}, {"sovatek-payout", "/api/payouts/peers"}}) {
                var peers = Platform.as(reader[0]).get(reader[1]).then().statusCode(200).extract().jsonPath();
                org.assertj.core.api.Assertions.assertThat(peers.getString("find { it.participantId == '" + id
                        + "' }.displayName")).as(reader[1]).isEqualTo(newName);
                org.assertj.core.api.Assertions.assertThat(peers.getString("find { it.participantId == '" + id
                        + "' }.status")).as(reader[1]).isEqualTo("TRAINEE");
            }
        });
    }

    private static void assertKnown(String user, String path, String id) {
        List<String> ids = Platform.as(user).get(path).then().statusCode(200).extract().jsonPath()
                .getList("participantId");
        org.assertj.core.api.Assertions.assertThat(ids).contains(id);
    }
}
