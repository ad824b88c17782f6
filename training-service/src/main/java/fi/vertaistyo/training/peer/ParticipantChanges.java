package fi.vertaistyo.training.peer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * training-service's own copies of the participant change events it applies
 * (docs/events/schemas/participant.*-changed.v1.json); ParticipantEventsContractTest keeps them honest.
 */
public final class ParticipantChanges {

    private ParticipantChanges() {
    }

    /** Also arrives with a pseudonym when participant-service erases an alumnus's name. */
    public record DisplayNameChanged(
            @NotNull UUID participantId,
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}") String organisation,
            @NotBlank @Size(max = 60) String displayName) {
        public static final String TYPE = "fi.vertaistyo.participant.display-name-changed.v1";
    }

    public record StatusChanged(
            @NotNull UUID participantId,
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}") String organisation,
            @NotBlank String status,
            @NotNull LocalDate effectiveOn) {
        public static final String TYPE = "fi.vertaistyo.participant.status-changed.v1";
    }

    /** The peer's login was linked, changed or removed (accountKey null); lets a peer see their own training. */
    public record AccountChanged(
            @NotNull UUID participantId,
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}") String organisation,
            @Size(min = 3, max = 1024) String accountKey) {
        public static final String TYPE = "fi.vertaistyo.participant.account-changed.v1";
    }
}
