package fi.vertaistyo.participant.peer;

import java.util.UUID;

/**
 * Data of {@code fi.vertaistyo.participant.registered.v2} on {@code participants.v2}: no name at all
 * (that goes on participant-identities.v1, ADR 0021), no legal name, contact, consent or treatment data.
 * Schema: docs/events/schemas/participant.registered.v2.json
 */
public record ParticipantRegistered(UUID participantId, String organisation, String status) {

    public static final String TYPE = "fi.vertaistyo.participant.registered.v2";
}
