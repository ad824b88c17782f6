package fi.vertaistyo.payout;

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
        return """
                {"specversion":"1.0","id":"%s","source":"/vertaistyo/participant-service",
                 "type":"fi.vertaistyo.participant.registered.v1","subject":"%s","time":"2026-11-23T08:00:00Z",
                 "datacontenttype":"application/json",
                 "data":{"participantId":"%s","organisation":"%s","displayName":"%s","status":"APPLICANT"}}
                """.formatted(eventId, participantId, participantId, org, displayName);
    }
}
