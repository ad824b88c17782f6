package fi.vertaistyo.payout.peer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * payout-service's own copy of {@code fi.vertaistyo.participant.registered.v1} data
 * (docs/events/schemas/participant.registered.v1.json); ParticipantEventsContractTest keeps it honest.
 */
public record ParticipantRegistered(
        @NotNull UUID participantId,
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}") String organisation,
        @NotBlank @Size(max = 60) String displayName,
        @NotBlank String status) {

    public static final String TYPE = "fi.vertaistyo.participant.registered.v1";
}
