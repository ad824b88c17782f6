package fi.vertaistyo.payout.cash;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * What one peer is due on a payout day: the month's activity money at the location plus what they
 * left unclaimed last time. DUE until paid in full (PAID) or the day closes (UNCLAIMED, carried over).
 */
@Entity
@Table(name = "payout_line")
public class PayoutLine extends PanacheEntityBase {

    static final String DUE = "DUE";
    static final String PAID = "PAID";
    static final String UNCLAIMED = "UNCLAIMED";
    static final String NOTHING_DUE = "NOTHING_DUE";

    @Id
    public UUID id;

    @Column(name = "payout_day_id", nullable = false)
    public UUID payoutDayId;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "month_cents", nullable = false)
    public int monthCents;

    @Column(name = "carried_cents", nullable = false)
    public int carriedCents;

    @Column(name = "due_cents", nullable = false)
    public int dueCents;

    @Column(nullable = false)
    public String status;

    @Column(name = "paid_cents")
    public Integer paidCents;

    @Column(name = "paid_at")
    public Instant paidAt;

    @Column(name = "paid_by")
    public String paidBy;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    protected PayoutLine() {
    }

    /** What the peer is due: the month's money plus what was carried over; DUE when positive, else NOTHING_DUE. */
    static PayoutLine of(UUID payoutDayId, UUID participantId, String displayName, int monthCents, int carriedCents) {
        PayoutLine line = new PayoutLine();
        line.id = UUID.randomUUID();
        line.payoutDayId = payoutDayId;
        line.participantId = participantId;
        line.displayName = displayName;
        line.monthCents = monthCents;
        line.carriedCents = carriedCents;
        line.dueCents = monthCents + carriedCents;
        line.status = line.dueCents > 0 ? DUE : NOTHING_DUE;
        return line;
    }
}
