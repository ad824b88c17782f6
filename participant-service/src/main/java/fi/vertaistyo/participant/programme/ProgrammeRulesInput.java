package fi.vertaistyo.participant.programme;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Rules of a programme from a date. Lift: 200 c/h, cap 1200 c/day, 6 months, 2–3 days, 210 min, 24 h notice. */
public record ProgrammeRulesInput(
        @NotNull LocalDate validFrom,
        @NotNull @Min(0) @Max(10_000) Integer activityMoneyCentsPerHour,
        @NotNull @Min(0) @Max(100_000) Integer activityMoneyDailyCapCents,
        @NotNull @Min(1) @Max(24) Integer maxAgreementMonths,
        @NotNull @Min(1) @Max(7) Integer minDaysPerWeek,
        @NotNull @Min(1) @Max(7) Integer maxDaysPerWeek,
        @NotNull @Min(15) @Max(720) Integer minutesPerDay,
        @NotNull @Min(0) @Max(336) Integer absenceNoticeHours) {

    @AssertTrue(message = "minDaysPerWeek must not exceed maxDaysPerWeek")
    public boolean isDayRangeOrdered() {
        return minDaysPerWeek == null || maxDaysPerWeek == null || minDaysPerWeek <= maxDaysPerWeek;
    }
}
