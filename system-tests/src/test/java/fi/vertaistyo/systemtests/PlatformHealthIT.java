package fi.vertaistyo.systemtests;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlatformHealthIT {

    @ParameterizedTest
    @ValueSource(strings = {"participant", "scheduling", "training", "payout"})
    void serviceIsReadyWithItsDatabaseAndKafka(String service) {
        Platform.anonymous().get("/health/" + service)
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }
}
