package fi.vertaistyo.scheduling.peer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;

/**
 * scheduling-service's copy of participant.registered.v2 (docs/events/schemas/); no name travels with it,
 * that comes on participant-identities.v1 (ADR 0021). ParticipantEventsContractTest keeps it honest.
 */
public record ParticipantRegistered(
        @NotNull UUID participantId,
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}") String organisation,
        @NotBlank String status) {

    public static final String TYPE = "fi.vertaistyo.participant.registered.v2";
}
