package fi.vertaistyo.scheduling.feed;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

public final class CalendarFeedViews {

    private CalendarFeedViews() {
    }

    /**
     * A feed as its owner sees it. {@code path} (relative to the gateway, with the secret token) is
     * given once, when the feed is made: only the token's hash is kept, so it cannot be shown again.
     */
    public record Feed(UUID id, UUID deskId, String location, Instant createdAt, Instant lastUsedAt, String path) {

        static Feed of(CalendarFeed f, String location, String path) {
            return new Feed(f.id, f.deskId, location, f.createdAt, f.lastUsedAt, path);
        }
    }

    /** Whether the peer has a working feed; the address itself is not kept. */
    public record MyFeedStatus(boolean active, Instant createdAt, Instant lastUsedAt) {
    }

    public record NewDeskFeed(@NotNull UUID deskId) {
    }
}
