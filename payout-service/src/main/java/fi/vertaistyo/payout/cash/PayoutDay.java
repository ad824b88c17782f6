package fi.vertaistyo.payout.cash;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/** The day a location's activity money for a closed month is paid out in cash. */
@Entity
@Table(name = "payout_day")
public class PayoutDay extends PanacheEntityBase {

    static final String OPEN = "OPEN";
    static final String CLOSED = "CLOSED";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String organisation;

    @Column(name = "location_id", nullable = false)
    public UUID locationId;

    @Column(name = "location_name", nullable = false)
    public String locationName;

    /** First day of the month paid out. */
    @Column(nullable = false)
    public LocalDate month;

    @Column(name = "paid_on", nullable = false)
    public LocalDate paidOn;

    @Column(nullable = false)
    public String status;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    protected PayoutDay() {
    }

    /** A new, open payout day for a closed month at the location; its lines are added from the ledger. */
    static PayoutDay open(String organisation, UUID locationId, String locationName, YearMonth month, LocalDate paidOn,
            String by, Instant now) {
        PayoutDay day = new PayoutDay();
        day.id = UUID.randomUUID();
        day.organisation = organisation;
        day.locationId = locationId;
        day.locationName = locationName;
        day.month = month.atDay(1);
        day.paidOn = paidOn;
        day.status = OPEN;
        day.createdBy = by;
        day.createdAt = now;
        return day;
    }
}
