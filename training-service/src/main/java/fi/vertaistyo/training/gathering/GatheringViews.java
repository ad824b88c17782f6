package fi.vertaistyo.training.gathering;

import fi.vertaistyo.kit.validation.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class GatheringViews {

    private GatheringViews() {
    }

    /** @param termId for a development day: the term it closes */
    public record NewGathering(@NotNull GatheringKind kind, @NotBlank @SingleLine @Size(max = 120) String title,
            @NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt, @NotBlank @SingleLine @Size(max = 200) String place,
            @Min(1) @Max(500) Integer capacity, UUID termId) {
    }

    public record SignUp(@NotNull UUID participantId) {
    }

    public record Roll(@NotEmpty @Size(max = 500) List<@Valid @NotNull Entry> entries) {
    }

    public record Entry(@NotNull UUID participantId, @NotNull Boolean attended) {
    }

    /** A gathering as anyone in the organisation sees it: how many signed up, never who. */
    public record GatheringView(UUID id, GatheringKind kind, String title, Instant startsAt, Instant endsAt,
            String place, Integer capacity, UUID termId, int signedUp, Boolean youAreSignedUp) {
    }

    public record SignupView(UUID participantId, String displayName, Instant signedUpAt, Boolean attended) {
    }

    /** The programme's promise: development days at least twice a year, one at the end of each term. */
    public record DevelopmentDayCheck(int year, int developmentDays, boolean atLeastTwo,
            List<TermWithoutClosingDay> termsWithoutClosingDay) {
    }

    public record TermWithoutClosingDay(UUID termId, String name, LocalDate endsOn) {
    }
}
