package fi.vertaistyo.scheduling.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;

public final class PlanRequests {

    private PlanRequests() {
    }

    public record CreatePlan(@NotNull UUID locationId, @NotNull YearMonth month) {
    }

    /** {@code needed} defaults to the desk agreement's guides (partner desks) or 1. */
    public record AddShift(@NotNull LocalDate date, @NotNull LocalTime start, @NotNull LocalTime end,
            @Min(1) @Max(20) Integer needed) {
    }

    /** The same shift on these weekdays of every week of the plan's month. */
    public record RecurringShifts(@NotEmpty Set<@NotNull DayOfWeek> weekdays, @NotNull LocalTime start,
            @NotNull LocalTime end, @Min(1) @Max(20) Integer needed) {
    }

    /** After publishing, a reason is required: peers and partner offices are told about the change. */
    public record ChangeShift(@NotNull LocalTime start, @NotNull LocalTime end, @NotNull @Min(1) @Max(20) Integer needed,
            @Size(max = 500) String reason) {
    }

    public record CancelShift(@Size(max = 500) String reason) {
    }

    public record Assign(@NotNull UUID participantId, @Size(max = 500) String reason) {
    }
}
