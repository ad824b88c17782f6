package fi.vertaistyo.scheduling.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A change to a published plan: who, when, what, why. Never carries an absence reason. */
@Entity
@Table(name = "shift_change")
public class ShiftChange extends PanacheEntityBase {

    public enum What {
        ADDED, TIME_CHANGED, NEEDED_CHANGED, CANCELLED, ASSIGNED, UNASSIGNED, ABSENCE, SIGNED_UP, SWAPPED
    }

    @Id
    public UUID id;

    @Column(name = "shift_id", nullable = false)
    public UUID shiftId;

    @Column(nullable = false)
    public String organisation;

    @Column(name = "participant_id")
    public UUID participantId;

    @Column(nullable = false)
    public String what;

    public String reason;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    protected ShiftChange() {
    }

    /** What changed on the shift after it was published, why and by whom. */
    static ShiftChange of(Shift shift, What what, UUID participantId, String reason, String by, Instant now) {
        ShiftChange c = new ShiftChange();
        c.id = UUID.randomUUID();
        c.shiftId = shift.id;
        c.organisation = shift.organisation;
        c.participantId = participantId;
        c.what = what.name();
        c.reason = reason == null || reason.isBlank() ? null : reason.strip();
        c.changedBy = by;
        c.changedAt = now;
        return c;
    }
}
