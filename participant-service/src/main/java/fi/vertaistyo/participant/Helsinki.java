package fi.vertaistyo.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Calendar days are Finnish days: "today" and "six months" are counted in Europe/Helsinki. */
public final class Helsinki {

    public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private Helsinki() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
