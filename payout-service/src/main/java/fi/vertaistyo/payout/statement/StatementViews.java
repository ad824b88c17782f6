package fi.vertaistyo.payout.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** Statement answers. Amounts in cents; minutes, not hours, so nothing is rounded twice. */
public final class StatementViews {

    private StatementViews() {
    }

    /**
     * One peer's month. {@code frozen}: the month is closed and this is what it said then; otherwise a
     * provisional figure that grows as attendance arrives. {@code adjustmentCents} is what was posted
     * here for earlier, already closed months.
     */
    public record Statement(UUID participantId, String displayName, YearMonth month, boolean frozen, int days,
            int minutes, int accruedCents, int adjustmentCents, int totalCents, int entries) {
    }

    public record Detail(Statement statement, List<Entry> entries) {
    }

    /** One ledger entry behind a statement; {@code belongsTo} is the month worked (differs for an adjustment). */
    public record Entry(long entryId, LocalDate date, YearMonth belongsTo, boolean adjustment, String kind,
            int minutes, int amountCents, UUID locationId, String locationName, Instant postedAt) {
    }
}
