package fi.vertaistyo.participant.agreement;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** Request bodies of the agreement endpoints. */
public final class AgreementRequests {

    private AgreementRequests() {
    }

    /** {@code endsOn} is the last day the agreement covers (inclusive). */
    public record CreateAgreement(
            @NotNull UUID programmeId,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @NotNull @Min(1) @Max(7) Integer daysPerWeek,
            @NotNull @Min(15) @Max(720) Integer minutesPerDay,
            @NotBlank @Size(max = 2000) String tasks) {

        @AssertTrue(message = "endsOn must not be before startsOn")
        public boolean isOrdered() {
            return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
        }
    }

    public record SignConfidentiality(@NotNull LocalDate signedOn) {
    }

    public record AcceptRules(@NotNull @Min(1) Integer rulesVersion, @NotNull LocalDate acceptedOn) {
    }

    public record EndAgreement(@NotNull LocalDate endedOn, @NotBlank @Size(max = 500) String reason) {
    }

    /** Renewal starts the day after the old agreement's last day; terms not given are carried over. */
    public record RenewAgreement(
            @NotNull LocalDate endsOn,
            @Min(1) @Max(7) Integer daysPerWeek,
            @Min(15) @Max(720) Integer minutesPerDay,
            @Size(max = 2000) String tasks) {
    }
}
