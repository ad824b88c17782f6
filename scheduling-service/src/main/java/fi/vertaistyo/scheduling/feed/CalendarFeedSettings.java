package fi.vertaistyo.scheduling.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How far a feed reaches and how often one address may be fetched. */
@ConfigMapping(prefix = "vertaistyo.calendar-feed")
public interface CalendarFeedSettings {

    /** Days before today that a feed still shows. */
    @WithDefault("31")
    int pastDays();

    /** Days after today that a feed shows. */
    @WithDefault("183")
    int futureDays();

    /** Fetches of one address per hour before it answers 429 (calendar apps poll every 15 min or less often). */
    @WithDefault("60")
    int fetchesPerHour();
}
