package fi.vertaistyo.scheduling.peer;

import fi.vertaistyo.kit.inbox.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes participants.v1. A record that can never be applied goes to the dead-letter topic
 * (failure-strategy=dead-letter-queue) and the consumer goes on; a transient failure is retried in
 * place (see {@link EventIntake}).
 */
@ApplicationScoped
public class ParticipantEventsConsumer {

    private final KnownPeers knownPeers;
    private final EventIntake intake;

    ParticipantEventsConsumer(KnownPeers knownPeers, EventIntake intake) {
        this.knownPeers = knownPeers;
        this.intake = intake;
    }

    @Incoming("participants")
    @Blocking
    public void onEvent(String value) throws InterruptedException {
        intake.take(value, knownPeers.types(), knownPeers::apply);
    }
}
