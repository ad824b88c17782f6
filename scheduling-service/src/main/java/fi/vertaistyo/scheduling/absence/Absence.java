package fi.vertaistyo.scheduling.absence;

import fi.vertaistyo.scheduling.plan.ShiftAssignment;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A peer's absence from a shift: recorded with its notice, never penalised automatically. The
 * reason is for coordinators only (the programme's rule: no talk about people who are not present).
 */
@Entity
@Table(name = "absence")
public class Absence extends PanacheEntityBase {

    public enum Notice {
        IN_TIME, LATE, NO_NOTICE
    }

    @Id
    public UUID id;

    @Column(name = "assignment_id", nullable = false)
    public UUID assignmentId;

    @Column(name = "shift_id", nullable = false)
    public UUID shiftId;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(nullable = false)
    public String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Notice notice;

    @Column(name = "reported_at")
    public Instant reportedAt;

    public String reason;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    protected Absence() {
    }

    /** The peer's absence from a duty, with the notice it came with; the reason (optional) is seen by coordinators only. */
    static Absence of(ShiftAssignment duty, Notice notice, Instant reportedAt, String reason, String by, Instant now) {
        Absence a = new Absence();
        a.id = UUID.randomUUID();
        a.assignmentId = duty.id;
        a.shiftId = duty.shiftId;
        a.participantId = duty.participantId;
        a.organisation = duty.organisation;
        a.notice = notice;
        a.reportedAt = reportedAt;
        a.reason = reason == null || reason.isBlank() ? null : reason.strip();
        a.recordedBy = by;
        a.recordedAt = now;
        return a;
    }
}
