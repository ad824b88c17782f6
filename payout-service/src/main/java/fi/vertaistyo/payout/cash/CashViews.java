package fi.vertaistyo.payout.cash;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** Request and answer bodies of the cash payout. */
public final class CashViews {

    private CashViews() {
    }

    public record NewPayoutDay(@NotNull UUID locationId,
            @NotNull @Pattern(regexp = "\\d{4}-\\d{2}", message = "must be YYYY-MM") String month,
            @NotNull LocalDate paidOn) {
    }

    /** Cash handed over: the full amount due, so a typo is caught rather than recorded. */
    public record Payment(@NotNull UUID participantId, @Min(1) int amountCents, Instant paidAt) {
    }

    /** One peer's line on a payout day; {@code paidBy} is the login (issuer#subject) of the officer who paid. */
    public record Line(UUID lineId, UUID participantId, String displayName, int monthCents, int carriedCents,
            int dueCents, String status, Integer paidCents, Instant paidAt, String paidBy, Instant acknowledgedAt) {

        static Line of(PayoutLine l) {
            return new Line(l.id, l.participantId, l.displayName, l.monthCents, l.carriedCents, l.dueCents, l.status,
                    l.paidCents, l.paidAt, l.paidBy, l.acknowledgedAt);
        }
    }

    /**
     * Paid + unclaimed + still outstanding = total due; and the lines' month amounts equal what the
     * ledger holds for the location and month. {@code balanced} when both hold.
     */
    public record Reconciliation(long totalDueCents, long paidCents, long unclaimedCents, long outstandingCents,
            long ledgerMonthCents, long linesMonthCents, boolean balanced) {
    }

    public record PayoutDayView(UUID id, UUID locationId, String locationName, YearMonth month, LocalDate paidOn,
            String status, List<Line> lines, Reconciliation reconciliation) {
    }

    public record PayoutDaySummary(UUID id, UUID locationId, String locationName, YearMonth month, LocalDate paidOn,
            String status, Reconciliation reconciliation) {
    }

    /** A peer's own payout line. */
    public record MyPayment(UUID lineId, String locationName, YearMonth month, LocalDate paidOn, int dueCents,
            String status, Integer paidCents, Instant paidAt, Instant acknowledgedAt) {

        static MyPayment of(PayoutLine l, PayoutDay d) {
            return new MyPayment(l.id, d.locationName, YearMonth.from(d.month), d.paidOn, l.dueCents, l.status,
                    l.paidCents, l.paidAt, l.acknowledgedAt);
        }
    }
}
