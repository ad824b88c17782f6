package fi.vertaistyo.scheduling.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed hourly window per feed, in memory: a leaked address cannot be used to hammer the service.
 * Unknown tokens are limited per client at the gateway (the service sees only the gateway's address).
 */
@ApplicationScoped
class FetchLimiter {

    private record Window(Instant start, int count) {
    }

    private final ConcurrentHashMap<UUID, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int perHour;

    FetchLimiter(Clock clock, CalendarFeedSettings settings) {
        this.clock = clock;
        this.perHour = settings.fetchesPerHour();
    }

    /** Counts one fetch; false when the feed has used up this hour's fetches. */
    boolean tryFetch(UUID feedId) {
        Instant now = clock.instant();
        Window w = windows.compute(feedId, (id, old) -> old == null || !now.isBefore(old.start().plus(Duration.ofHours(1)))
                ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> !now.isBefore(e.getValue().start().plus(Duration.ofHours(1))));
        }
        return w.count() <= perHour;
    }
}
