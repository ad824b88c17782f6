package fi.vertaistyo.scheduling.fault;

import fi.vertaistyo.kit.testing.TestTokens;
import fi.vertaistyo.scheduling.TestEvents;
import static fi.vertaistyo.scheduling.TestEvents.registered;
import static fi.vertaistyo.kit.testing.TestKafka.send;
import static fi.vertaistyo.kit.testing.TestTokens.newOrganisation;
import static fi.vertaistyo.kit.testing.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.vertaistyo.kit.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * RELIABILITY fault test 5: the database goes away while an event is consumed. Nothing is committed
 * while it is away, the event is not dead-lettered, and once it is back the event is applied once.
 */
@QuarkusTest
@QuarkusTestResource(value = DatabaseProxy.class, restrictToAnnotatedClass = true)
class DatabaseOutageTest {

    static final Duration WAIT = Duration.ofSeconds(45);

    String topic() {
        return TestKafka.config("vertaistyo.topics.participants");
    }

    List<String> peersSeenBy(String org) {
        return given().auth().oauth2(token("coordinator", org)).get("/api/scheduling/peers")
                .then().statusCode(200).extract().jsonPath().getList("displayName");
    }

    @Test
    void eventArrivingWhileTheDatabaseIsDownIsAppliedOnceWhenItIsBack() throws Exception {
        String org = newOrganisation();
        UUID before = UUID.randomUUID();
        send(topic(), before.toString(), registered(UUID.randomUUID().toString(), before, org));
        await().atMost(WAIT).until(() -> peersSeenBy(org).size() == 1);

        DatabaseProxy.databaseDown();
        UUID during = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        try {
            send(topic(), during.toString(), registered(eventId, during, org));
            // the consumer keeps retrying; nothing reaches the database (checked around the proxy)
            Thread.sleep(4000);
            assertThat(directCount("select count(*) from processed_event where event_id = ?", eventId)).isZero();
            assertThat(directCount("select count(*) from known_peer where participant_id = cast(? as uuid)",
                    during.toString())).isZero();
        } finally {
            DatabaseProxy.databaseBack();
        }

        await().atMost(WAIT).until(() -> peersSeenBy(org).size() == 2);
        assertThat(directCount("select count(*) from processed_event where event_id = ?", eventId)).isEqualTo(1);
        assertThat(TestKafka.recordsWithKey(topic() + ".scheduling-service.dlq", during.toString(),
                Duration.ofSeconds(3))).isEmpty();
    }

    static long directCount(String sql, String param) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/scheduling_test",
                "scheduling", System.getenv("SCHEDULING_DB_PASSWORD"));
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
