package fi.vertaistyo.scheduling.qualification;

import fi.vertaistyo.kit.inbox.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes qualifications.v1 from training-service; poison to its dead-letter topic. */
@ApplicationScoped
public class QualificationEventsConsumer {

    private final Qualifications qualifications;
    private final EventIntake intake;

    QualificationEventsConsumer(Qualifications qualifications, EventIntake intake) {
        this.qualifications = qualifications;
        this.intake = intake;
    }

    @Incoming("qualifications")
    @Blocking
    public void onEvent(String value) throws InterruptedException {
        intake.take(value, qualifications.types(), qualifications::apply);
    }
}
