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
 * RELIABILITY.md fault 6: the broker stops while services write. The writes succeed (their events
 * wait in the outbox), and once the broker is back every event arrives and each consumer applies it once.
 */
class BrokerOutageIT {

    private static final int PEOPLE = 30;

    @Test
    void eventsWrittenWhileTheBrokerIsDownArriveAndAreAppliedOnceWhenItIsBack() {
        Registrations registrations = new Registrations();
        List<String> ids = new ArrayList<>();
        LocalPlatform.stopBroker();
        try {
            for (int i = 0; i < PEOPLE; i++) {
                String id = registrations.register(Platform.GATEWAY, i);
                registrations.rename(Platform.GATEWAY, id, "Vika uusi " + registrations.run + " " + i);
                ids.add(id);
            }
        } finally {
            LocalPlatform.startBroker();
        }
        Set<String> keys = new HashSet<>(ids);

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(Topics.read("participants.v2", Topics.keyIn(keys)).stream().map(Topics.Event::id).distinct())
                        .hasSize(PEOPLE));
        List<Topics.Event> events = Topics.read("participants.v2", Topics.keyIn(keys));
        Set<String> eventIds = new HashSet<>(events.stream().map(Topics.Event::id).toList());
        System.out.printf("broker outage: %d events written while it was down, %d records on the topic (%d sent again)%n",
                eventIds.size(), events.size(), events.size() - eventIds.size());

        for (String service : List.of("scheduling", "training", "payout")) {
            await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
                assertThat(Databases.count(service, "known_peer", "participant_id", ids)).as(service).isEqualTo(PEOPLE);
                assertThat(Databases.count(service, "known_peer", "display_name",
                        ids.stream().map(id -> "Vika uusi " + registrations.run + " " + ids.indexOf(id)).toList()))
                        .as(service).isEqualTo(PEOPLE);
            });
            // Each event applied once: one processed-event row per event, never a second.
            assertThat(Databases.count(service, "processed_event", "event_id", eventIds)).as(service).isEqualTo(PEOPLE);
            // The names came on the compacted identities topic: each record still on it was applied once.
            Set<String> identityIds = new HashSet<>(Topics.read("participant-identities.v1", Topics.keyIn(keys)).stream()
                    .map(Topics.Event::id).toList());
            assertThat(identityIds).isNotEmpty();
            assertThat(Databases.count(service, "processed_event", "event_id", identityIds)).as(service)
                    .isEqualTo(identityIds.size());
        }
    }
}
