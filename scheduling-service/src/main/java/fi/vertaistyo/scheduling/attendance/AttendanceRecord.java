package fi.vertaistyo.scheduling.attendance;

import fi.vertaistyo.scheduling.location.Location;
import fi.vertaistyo.scheduling.plan.Shift;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Minutes a peer actually worked on a shift, as a coordinator confirmed them. Never edited: a
 * correction is a new record naming the one it corrects, and only the newest is current.
 */
@Entity
@Table(name = "attendance_record")
public class AttendanceRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "shift_id", nullable = false)
    public UUID shiftId;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(nullable = false)
    public String organisation;

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Column(name = "location_id", nullable = false)
    public UUID locationId;

    @Column(name = "work_date", nullable = false)
    public LocalDate workDate;

    @Column(nullable = false)
    public int minutes;

    public UUID corrects;

    @Column(nullable = false)
    public boolean current;

    public String reason;

    @Column(name = "confirmed_by", nullable = false)
    public String confirmedBy;

    @Column(name = "confirmed_at", nullable = false)
    public Instant confirmedAt;

    protected AttendanceRecord() {
    }

    /** The minutes the peer worked on the shift, confirmed now; {@code corrects} the record it replaces, if any. */
    static AttendanceRecord of(Shift shift, Location location, UUID participantId, int minutes, UUID corrects,
            String reason, String by, Instant now) {
        AttendanceRecord r = new AttendanceRecord();
        r.id = UUID.randomUUID();
        r.shiftId = shift.id;
        r.participantId = participantId;
        r.organisation = shift.organisation;
        r.programmeId = location.programmeId;
        r.locationId = location.id;
        r.workDate = shift.workDate;
        r.minutes = minutes;
        r.corrects = corrects;
        r.current = true;
        r.reason = reason == null ? null : reason.strip();
        r.confirmedBy = by;
        r.confirmedAt = now;
        return r;
    }
}
