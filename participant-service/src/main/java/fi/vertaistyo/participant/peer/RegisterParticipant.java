package fi.vertaistyo.participant.peer;

import fi.vertaistyo.kit.validation.SingleLine;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record RegisterParticipant(
        @NotBlank @SingleLine @Size(max = 60) String displayName,
        @NotBlank @SingleLine @Size(max = 200) String legalName,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "\\+?[0-9 ()-]{5,20}", message = "must be a phone number") String phone,
        @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String preferredLanguage) {
}
