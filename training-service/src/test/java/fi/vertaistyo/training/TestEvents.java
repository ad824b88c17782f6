package fi.vertaistyo.training;

import fi.vertaistyo.kit.testing.TestKafka;
import java.util.UUID;

/** participants.v1 records as participant-service's outbox writes them (our copy of the contract). */
public final class TestEvents {

    static final String PARTICIPANT_SERVICE = "/vertaistyo/participant-service";

    private TestEvents() {
    }

    public static String event(String type, String eventId, UUID participantId, String data) {
        return TestKafka.cloudEvent(PARTICIPANT_SERVICE, type, eventId, participantId.toString(), data);
    }

    public static String registered(String eventId, UUID participantId, String org, String displayName) {
        return event("fi.vertaistyo.participant.registered.v1", eventId, participantId, """
                {"participantId":"%s","organisation":"%s","displayName":"%s","status":"APPLICANT"}"""
                .formatted(participantId, org, displayName));
    }
}
