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

    private static void assertKnown(String user, String path, String id) {
        List<String> ids = Platform.as(user).get(path).then().statusCode(200).extract().jsonPath()
                .getList("participantId");
        org.assertj.core.api.Assertions.assertThat(ids).contains(id);
    }
}
