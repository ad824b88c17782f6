package fi.vertaistyo.training.term;

import fi.vertaistyo.kit.validation.SingleLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

public final class TermRequests {

    private TermRequests() {
    }

    /**
     * @param attendanceThreshold percent; 80 when not given
     * @param requiredComponents  the exam components a diploma needs; all four when not given
     */
    public record NewTerm(
            @NotNull UUID programmeId,
            @NotBlank @SingleLine @Size(max = 120) String name,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @NotNull @Min(1) @Max(500) Integer capacity,
            @Min(1) @Max(100) Integer attendanceThreshold,
            @Size(min = 1, max = 4) Set<@NotNull ExamComponent> requiredComponents) {
    }

    /** A teaching session names a module of the programme; an exam session may. Place, link or both. */
    public record NewSession(
            @NotNull SessionKind kind,
            @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}") String moduleCode,
            @NotNull UUID trainerId,
            @NotNull OffsetDateTime startsAt,
            @NotNull OffsetDateTime endsAt,
            @Size(min = 1, max = 200) @SingleLine String place,
            @Size(max = 500) @Pattern(regexp = "https://\\S+", message = "an https link") String onlineLink,
            @Min(1) @Max(500) Integer capacity) {
    }
}
