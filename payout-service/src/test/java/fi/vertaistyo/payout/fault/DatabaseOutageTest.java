package fi.vertaistyo.payout.fault;

import static fi.vertaistyo.kit.testing.TestKafka.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.vertaistyo.payout.PayoutWorld;
import fi.vertaistyo.payout.PayoutWorld.Place;
import fi.vertaistyo.kit.testing.TestKafka;
import fi.vertaistyo.payout.attendance.AttendanceConsumerTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * RELIABILITY fault test 5 for the ledger: the database goes away while attendance is consumed.
 * Nothing is posted or dead-lettered while it is away; once it is back, every record is posted once.
 */
@QuarkusTest
@QuarkusTestResource(value = DatabaseProxy.class, restrictToAnnotatedClass = true)
class DatabaseOutageTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    PayoutWorld world;

    @Test
    void attendanceArrivingWhileTheDatabaseIsDownIsPostedOnceWhenItIsBack() throws Exception {
        String topic = TestKafka.config("vertaistyo.topics.attendance");
        Place lift = world.lift();
        UUID pete = world.peer(lift.organisation(), "Pete");
        LocalDate day = LocalDate.of(2025, 9, 1);
        send(topic, pete.toString(), AttendanceConsumerTest.attendance(UUID.randomUUID().toString(),
                UUID.randomUUID(), pete, lift, day, 210, null));
        await().atMost(WAIT).until(() -> world.balance(pete) == 700);

        DatabaseProxy.databaseDown();
        try {
            for (int d = 1; d <= 3; d++) {
                send(topic, pete.toString(), AttendanceConsumerTest.attendance(UUID.randomUUID().toString(),
                        UUID.randomUUID(), pete, lift, day.plusDays(d), 210, null));
            }
            // the consumer retries in place; nothing reaches the database (checked around the proxy)
            Thread.sleep(4000);
            assertThat(directCount("select count(*) from attendance_fact where participant_id = cast(? as uuid)",
                    pete.toString())).isEqualTo(1);
        } finally {
            DatabaseProxy.databaseBack();
        }

        await().atMost(WAIT).until(() -> world.balance(pete) == 4 * 700);
        assertThat(world.entries(pete)).hasSize(4);
        assertThat(TestKafka.recordsWithKey(topic + ".payout-service.dlq", pete.toString(), Duration.ofSeconds(3)))
                .isEmpty();
    }

    static long directCount(String sql, String param) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/payout_test", "payout",
                System.getenv("PAYOUT_DB_PASSWORD"));
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
