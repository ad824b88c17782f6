package fi.vertaistyo.training.attendance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** Whether a participant was at a session; recorded by its trainer or a coordinator, corrected in place. */
@Entity
@Table(name = "session_attendance")
@IdClass(SessionAttendance.Key.class)
public class SessionAttendance extends PanacheEntityBase {

    public record Key(UUID sessionId, UUID participantId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttendanceStatus status;

    public String remark;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    protected SessionAttendance() {
    }

    static SessionAttendance of(UUID sessionId, AttendanceRequests.Entry entry, String by, Instant now) {
        SessionAttendance row = new SessionAttendance();
        row.sessionId = sessionId;
        row.participantId = entry.participantId();
        row.record(entry, by, now);
        return row;
    }

    /** The roll call's entry for this participant; a later roll call overwrites an earlier one. */
    void record(AttendanceRequests.Entry entry, String by, Instant now) {
        status = entry.status();
        remark = entry.remark() == null || entry.remark().isBlank() ? null : entry.remark().strip();
        recordedBy = by;
        recordedAt = now;
    }
}
