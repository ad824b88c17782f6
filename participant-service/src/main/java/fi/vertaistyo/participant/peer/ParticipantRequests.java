package fi.vertaistyo.participant.peer;

import fi.vertaistyo.kit.validation.SingleLine;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies for changing a participant. */
public final class ParticipantRequests {

    private ParticipantRequests() {
    }

    /** Fields left out stay as they are. */
    public record UpdateParticipant(
            @Size(min = 1, max = 60) @SingleLine @Pattern(regexp = ".*\\S.*", message = "must not be blank") String displayName,
            @Size(min = 1, max = 200) @SingleLine @Pattern(regexp = ".*\\S.*", message = "must not be blank") String legalName,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "\\+?[0-9 ()-]{5,20}", message = "must be a phone number") String phone,
            @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String preferredLanguage) {
    }

    public record ChangeStatus(@NotNull ParticipantStatus status) {
    }

    /** The peer's login: the subject ({@code sub}) of their account in the organisation's identity provider. */
    public record LinkAccount(@NotBlank @Size(max = 255) String subject) {
    }
}
