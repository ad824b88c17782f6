package fi.vertaistyo.kit.json;

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

    public static String range() {
        return FIRST_YEAR + "–" + LAST_YEAR;
    }
}
