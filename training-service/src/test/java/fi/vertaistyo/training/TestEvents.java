package fi.vertaistyo.training;

import fi.vertaistyo.kit.testing.TestKafka;
import java.util.UUID;

/** participants.v2 and participant-identities.v1 records as participant-service's outbox writes them (our copy of the contract). */
public final class TestEvents {

    static final String PARTICIPANT_SERVICE = "/vertaistyo/participant-service";

    private TestEvents() {
    }

    public static String event(String type, String eventId, UUID participantId, String data) {
        return TestKafka.cloudEvent(PARTICIPANT_SERVICE, type, eventId, participantId.toString(), data);
    }

    public static String registered(String eventId, UUID participantId, String org) {
        return event("fi.vertaistyo.participant.registered.v2", eventId, participantId, """
                {"participantId":"%s","organisation":"%s","status":"APPLICANT"}"""
                .formatted(participantId, org));
    }

    /** A participant-identities.v1 record; {@code accountKey} null when no login is linked. */
    public static String identity(String eventId, UUID participantId, String org, String displayName,
            String accountKey) {
        return event("fi.vertaistyo.participant.identity.v1", eventId, participantId, """
                {"participantId":"%s","organisation":"%s","displayName":"%s","accountKey":%s}"""
                .formatted(participantId, org, displayName, accountKey == null ? "null" : '"' + accountKey + '"'));
    }

    public static String erased(String eventId, UUID participantId, String org, String pseudonym) {
        return event("fi.vertaistyo.participant.erased.v1", eventId, participantId, """
                {"participantId":"%s","organisation":"%s","erasedOn":"2026-12-01","basis":"REQUEST","pseudonym":"%s"}"""
                .formatted(participantId, org, pseudonym));
    }
}
