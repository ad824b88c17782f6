package fi.vertaistyo.participant.peer;

import java.util.UUID;

/**
 * Data of {@code fi.vertaistyo.participant.registered.v1} on {@code participants.v1}.
 * Only what other services need: no legal name, contact, consent or treatment data.
 * Schema: docs/events/schemas/participant.registered.v1.json
 */
public record ParticipantRegistered(UUID participantId, String organisation, String displayName, String status) {

    public static final String TYPE = "fi.vertaistyo.participant.registered.v1";
}
