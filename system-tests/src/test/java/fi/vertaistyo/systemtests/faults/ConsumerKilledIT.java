package fi.vertaistyo.systemtests.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.vertaistyo.systemtests.Platform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * RELIABILITY.md fault 7: a consumer is killed with SIGKILL in the middle of a batch. Restarted, it
 * goes on from its last committed offset: every event is applied, none twice.
 */
class ConsumerKilledIT {

    private static final int PEOPLE = 400;

    @Test
    void aConsumerKilledMidBatchAppliesEveryEventOnceAfterItsRestart() throws InterruptedException {
        Registrations registrations = new Registrations();
        List<String> ids = new ArrayList<>();
        long appliedWhenKilled;
        LocalPlatform.stop("scheduling-service");
        try {
            for (int i = 0; i < PEOPLE; i++) {
                ids.add(registrations.register(Platform.GATEWAY, i));
            }
            // Started without waiting: as soon as it has applied part of the backlog, it is killed.
            LocalPlatform.startWithoutWaiting("scheduling");
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            long applied = 0;
            while (System.nanoTime() < deadline && applied < PEOPLE / 10) {
                Thread.sleep(5);
                applied = Databases.count("scheduling", "known_peer", "participant_id", ids);
            }
            LocalPlatform.kill("scheduling");
            appliedWhenKilled = Databases.count("scheduling", "known_peer", "participant_id", ids);
        } finally {
            LocalPlatform.stop("scheduling-service");
            LocalPlatform.start("scheduling");
        }
        System.out.printf("consumer killed: %d of %d events applied when scheduling-service got SIGKILL%n",
                appliedWhenKilled, PEOPLE);
        assertThat(appliedWhenKilled).as("killed in the middle of the backlog").isBetween(1L, PEOPLE - 1L);

        await().atMost(Duration.ofMinutes(2)).untilAsserted(() ->
                assertThat(Databases.count("scheduling", "known_peer", "participant_id", ids)).isEqualTo(PEOPLE));
        Set<String> eventIds = new HashSet<>(Topics.read("participants.v2", Topics.keyIn(new HashSet<>(ids))).stream()
                .map(Topics.Event::id).toList());
        assertThat(eventIds).hasSize(PEOPLE);
        assertThat(Databases.count("scheduling", "processed_event", "event_id", eventIds)).isEqualTo(PEOPLE);
    }
}
