package fi.vertaistyo.payout.ledger;

/**
 * A programme's pay terms on one day: cents per hour and the most one peer earns in a day. The day's
 * minutes are paid together, rounded half up to the cent, then capped: at 2 €/h and 12 €/day, 3.5 h
 * earn 7 € and two shifts of 3.5 h on one day 12 €, not 14 €.
 */
public record ActivityMoney(int centsPerHour, int dailyCapCents) {

    public ActivityMoney {
        if (centsPerHour < 0 || dailyCapCents < 0) {
            throw new IllegalArgumentException("rate and cap cannot be negative");
        }
    }

    /** A volunteer programme (no rate or no cap) accrues nothing and keeps no ledger. */
    public boolean pays() {
        return centsPerHour > 0 && dailyCapCents > 0;
    }

    public int dueForDay(int minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes cannot be negative");
        }
        long uncapped = ((long) centsPerHour * minutes + 30) / 60;
        return (int) Math.min(dailyCapCents, uncapped);
    }
}
