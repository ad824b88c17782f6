package fi.vertaistyo.scheduling.qualification;

import fi.vertaistyo.scheduling.inbox.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes qualifications.v1 from training-service; poison to its dead-letter topic. */
@ApplicationScoped
public class QualificationEventsConsumer {

    private static final Map<String, Class<?>> TYPES = Map.of(
            QualificationEvents.DiplomaAwarded.TYPE, QualificationEvents.DiplomaAwarded.class,
            QualificationEvents.DiplomaRevoked.TYPE, QualificationEvents.DiplomaRevoked.class);

    private final Qualifications qualifications;
    private final EventIntake intake;

    QualificationEventsConsumer(Qualifications qualifications, EventIntake intake) {
        this.qualifications = qualifications;
        this.intake = intake;
    }

    @Incoming("qualifications")
    @Blocking
    public void onEvent(String value) throws InterruptedException {
        intake.take(value, TYPES, qualifications::apply);
    }
}
