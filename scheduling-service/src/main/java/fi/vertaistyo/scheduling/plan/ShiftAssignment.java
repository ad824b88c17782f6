package fi.vertaistyo.scheduling.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One peer on one shift. Its id is the duty id partner offices see. It is never deleted: a removed,
 * absent or swapped-out peer keeps the row with that state, so the partner feed can say "cancelled".
 */
@Entity
@Table(name = "shift_assignment")
public class ShiftAssignment extends PanacheEntityBase {

    public enum State {
        ASSIGNED, ABSENT, REMOVED, SWAPPED
    }

    @Id
    public UUID id;

    @Column(name = "shift_id", nullable = false)
    public UUID shiftId;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(nullable = false)
    public String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    /** The peer offers the shift to another eligible peer; it stays theirs until someone takes it. */
    @Column(name = "swap_offered", nullable = false)
    public boolean swapOffered;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    @Column(name = "changed_after_publish", nullable = false)
    public boolean changedAfterPublish;

    @Version
    long version;

    public boolean isActive() {
        return state == State.ASSIGNED;
    }

    protected ShiftAssignment() {
    }

    /** The peer on the shift, as assigned now. */
    static ShiftAssignment of(Shift shift, UUID participantId, Instant now) {
        ShiftAssignment duty = new ShiftAssignment();
        duty.id = UUID.randomUUID();
        duty.shiftId = shift.id;
        duty.participantId = participantId;
        duty.organisation = shift.organisation;
        duty.state = State.ASSIGNED;
        duty.assignedAt = now;
        return duty;
    }
}
