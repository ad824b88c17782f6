package fi.vertaistyo.kit.problem;

import fi.vertaistyo.kit.json.PlausibleDates;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * A required, inclusive date range from query parameters, limited so one request cannot ask for
 * everything. Parsed here rather than by JAX-RS so a bad date is a 400 with a clear text, not a 404.
 */
public record DateRange(LocalDate from, LocalDate to) {

    public static DateRange of(String from, String to, int maxDays) {
        if (from == null || to == null) {
            throw new ProblemException(400, "Invalid request", "Give the range as from=YYYY-MM-DD and to=YYYY-MM-DD.");
        }
        DateRange range = new DateRange(date(from, "from"), date(to, "to"));
        if (range.to.isBefore(range.from)) {
            throw new ProblemException(400, "Invalid request", "'to' is before 'from'.");
        }
        if (ChronoUnit.DAYS.between(range.from, range.to) >= maxDays) {
            throw new ProblemException(400, "Invalid request", "The range may span at most " + maxDays + " days.");
        }
        return range;
    }

    /** An optional month as YYYY-MM; null when absent. */
    public static YearMonth month(String value) {
        return value == null ? null : month(value, "month");
    }

    /** A required month as YYYY-MM in the parameter {@code name}. */
    public static YearMonth month(String value, String name) {
        try {
            return PlausibleDates.month(value);
        } catch (DateTimeParseException e) {
            throw new ProblemException(400, "Invalid request", "'" + name + "' must be a month, YYYY-MM, in the years "
                    + PlausibleDates.range() + ".");
        }
    }

    private static LocalDate date(String value, String name) {
        try {
            return PlausibleDates.date(value);
        } catch (DateTimeParseException e) {
            throw new ProblemException(400, "Invalid request",
                    "'" + name + "' must be a date, YYYY-MM-DD, in the years " + PlausibleDates.range() + ".");
        }
    }
}
