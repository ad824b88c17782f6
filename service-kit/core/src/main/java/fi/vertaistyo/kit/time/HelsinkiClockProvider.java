package fi.vertaistyo.kit.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * Bean Validation's {@code @Past}, {@code @PastOrPresent} and {@code @Future} judge by the service's
 * clock in Helsinki: between midnight in Helsinki and midnight UTC, "today" is already the next day.
 * Quarkus hands a {@link ClockProvider} bean to its validator factory.
 */
@ApplicationScoped
public class HelsinkiClockProvider implements ClockProvider {

    private final Clock clock;

    HelsinkiClockProvider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return clock.withZone(Helsinki.ZONE);
    }
}
