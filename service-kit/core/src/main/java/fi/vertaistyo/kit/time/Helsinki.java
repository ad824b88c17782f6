package fi.vertaistyo.kit.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The programmes run in Finland: calendar days are Helsinki days. */
public final class Helsinki {

    public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private Helsinki() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
