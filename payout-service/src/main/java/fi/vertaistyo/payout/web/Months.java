package fi.vertaistyo.payout.web;

import fi.vertaistyo.kit.problem.ProblemException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Months as YYYY-MM in requests; parsed here so a bad one is a 400 with a clear text, not a 404. */
public final class Months {

    private Months() {
    }

    public static YearMonth parse(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new ProblemException(400, "Invalid request", "Give '" + name + "' as YYYY-MM.");
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException(400, "Invalid request", "'" + name + "' must be a month, YYYY-MM.");
        }
    }
}
