package fi.vertaistyo.kit.json;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.ToIntFunction;

/**
 * The years a date in this system can plausibly fall in. A date outside is a typing error (the year
 * 1 or 9999, or a number read as days since 1970) that would otherwise be stored, and could freeze
 * rules that must follow their latest version (issue 16); PostgreSQL also cannot store some of them.
 */
public final class PlausibleDates {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;

    private PlausibleDates() {
    }

    public static boolean plausible(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** A date as YYYY-MM-DD in the plausible years; a {@link DateTimeParseException} otherwise. */
    public static LocalDate date(String text) {
        return checked(LocalDate.parse(text), LocalDate::getYear);
    }

    /** A month as YYYY-MM in the plausible years; a {@link DateTimeParseException} otherwise. */
    public static YearMonth month(String text) {
        return checked(YearMonth.parse(text), YearMonth::getYear);
    }

    private static <T> T checked(T value, ToIntFunction<T> year) {
        if (!plausible(year.applyAsInt(value))) {
            throw new DateTimeParseException("implausible year", "", 0);
        }
        return value;
    }

    public static String range() {
        return FIRST_YEAR + "–" + LAST_YEAR;
    }
}
