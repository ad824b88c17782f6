package fi.vertaistyo.training.trainer;

import fi.vertaistyo.kit.validation.SingleLine;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

public final class TrainerRequests {

    private TrainerRequests() {
    }

    public record NewTrainer(
            @NotBlank @SingleLine @Size(max = 120) String name,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "\\+?[0-9 ()-]{5,25}", message = "a telephone number") String phone,
            @NotNull @Size(max = 20) List<@NotBlank @Size(max = 80) String> topics) {
    }

    /** The trainer's login: the subject ({@code sub}) of their account in the organisation's identity provider. */
    public record LinkAccount(@NotBlank @Size(max = 255) String subject) {
    }

    /** The one-time code the coordinator gave the trainer, as typed (case, spaces and dashes do not matter). */
    public record UseLinkCode(@NotBlank @Size(max = 40) String code) {
    }

    /** A new one-time code: shown once, to be handed to the trainer. */
    public record LinkCodeView(String code, java.time.Instant expiresAt) {
    }

    /** Whether the caller's login is linked to a trainer, and to whom. */
    public record TrainerLogin(boolean linked, java.util.UUID trainerId, String name) {
    }
}
