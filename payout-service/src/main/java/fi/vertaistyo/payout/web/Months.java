package fi.vertaistyo.payout.web;

import fi.vertaistyo.kit.problem.DateRange;
import fi.vertaistyo.kit.problem.ProblemException;
import java.time.YearMonth;

/** Months as YYYY-MM in requests; parsed here so a bad one is a 400 with a clear text, not a 404. */
public final class Months {

    private Months() {
    }

    public static YearMonth parse(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new ProblemException(400, "Invalid request", "Give '" + name + "' as YYYY-MM.");
        }
        return DateRange.month(value.strip(), name);
    }
}
