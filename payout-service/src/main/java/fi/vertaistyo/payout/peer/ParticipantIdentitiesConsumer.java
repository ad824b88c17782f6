package fi.vertaistyo.payout.peer;

import fi.vertaistyo.kit.inbox.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes participant-identities.v1. A record that can never be applied is skipped, not sent to a
 * dead-letter topic: it holds a name, and a dead-letter topic cannot be cleaned of it on erasure; the
 * participant's next identity record replaces it anyway (ADR 0021).
 */
@ApplicationScoped
public class ParticipantIdentitiesConsumer {

    private final KnownPeers knownPeers;
    private final EventIntake intake;

    ParticipantIdentitiesConsumer(KnownPeers knownPeers, EventIntake intake) {
        this.knownPeers = knownPeers;
        this.intake = intake;
    }

    @Incoming("participant-identities")
    @Blocking
    public void onIdentity(String value) throws InterruptedException {
        intake.takeLatest(value, knownPeers.identityTypes(), knownPeers::applyIdentity);
    }
}
