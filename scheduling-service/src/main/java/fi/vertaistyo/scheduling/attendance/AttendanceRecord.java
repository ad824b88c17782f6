package fi.vertaistyo.scheduling.attendance;

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
}
