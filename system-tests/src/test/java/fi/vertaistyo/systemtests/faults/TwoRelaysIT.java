package fi.vertaistyo.systemtests.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.vertaistyo.systemtests.Platform;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * RELIABILITY.md fault 8: two replicas of participant-service relay one outbox at once. Every event
 * reaches the topic once, and one person's events in the order they were written.
 */
class TwoRelaysIT {

    private static final int PEOPLE = 60;
    private static final String REPLICA = "http://127.0.0.1:8091";

    @Test
    void twoRelaysPublishEachEventOnceAndEachPersonsEventsInOrder() throws Exception {
        Registrations registrations = new Registrations();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        LocalPlatform.startReplica("participant", "participant-service-2", 8091);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    for (int i = writer; i < PEOPLE; i += 4) {
                        // Each write alternates between the two replicas, so both relays hold rows of one person.
                        String id = registrations.register(i % 2 == 0 ? Platform.GATEWAY : REPLICA, i);
                        registrations.changeStatus(i % 2 == 0 ? REPLICA : Platform.GATEWAY, id, "TRAINEE");
                        registrations.changeStatus(i % 2 == 0 ? Platform.GATEWAY : REPLICA, id, "ACTIVE");
                        ids.add(id);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            writers.shutdownNow();
            LocalPlatform.stop("participant-service-2");
        }

        await().atMost(Duration.ofMinutes(1)).untilAsserted(() ->
                assertThat(Topics.read("participants.v2", Topics.keyIn(ids)).stream().map(Topics.Event::id).distinct())
                        .hasSize(3 * PEOPLE));
        List<Topics.Event> events = Topics.read("participants.v2", Topics.keyIn(ids));
        assertThat(events).as("each event once").hasSize(3 * PEOPLE);
        Map<String, List<Topics.Event>> byPerson = events.stream().collect(Collectors.groupingBy(Topics.Event::key));
        for (List<Topics.Event> own : byPerson.values()) {
            assertThat(own.stream().map(Topics.Event::partition).distinct()).as("one partition per key").hasSize(1);
            List<String> inTopicOrder = own.stream().sorted(Comparator.comparingLong(Topics.Event::offset))
                    .map(e -> e.type().contains("registered") ? "registered" : e.data().path("status").asText())
                    .toList();
            assertThat(inTopicOrder).as("the order of one person's events")
                    .containsExactly("registered", "TRAINEE", "ACTIVE");
        }
        assertThat(new HashSet<>(byPerson.keySet())).hasSize(PEOPLE);
    }
}
