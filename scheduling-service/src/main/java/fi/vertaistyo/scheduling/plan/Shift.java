package fi.vertaistyo.scheduling.plan;

import fi.vertaistyo.kit.time.Helsinki;
import fi.vertaistyo.kit.problem.ProblemException;
import fi.vertaistyo.scheduling.location.Location;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A shift at a location on one day: from, to, how many peers are needed. */
@Entity
@Table(name = "shift")
public class Shift extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public String organisation;

    @Column(name = "location_id", nullable = false)
    public UUID locationId;

    @Column(name = "work_date", nullable = false)
    public LocalDate workDate;

    @Column(name = "starts_at", nullable = false)
    public LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public LocalTime endsAt;

    @Column(nullable = false)
    public int needed;

    @Column(nullable = false)
    public boolean cancelled;

    @Column(name = "changed_after_publish", nullable = false)
    public boolean changedAfterPublish;

    @Version
    long version;

    public int minutes() {
        return (int) Duration.between(startsAt, endsAt).toMinutes();
    }

    public Instant start() {
        return workDate.atTime(startsAt).atZone(Helsinki.ZONE).toInstant();
    }

    public Instant end() {
        return workDate.atTime(endsAt).atZone(Helsinki.ZONE).toInstant();
    }

    public boolean overlaps(Shift other) {
        return workDate.equals(other.workDate) && startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    /** A shift of the plan at the location; at a partner desk as many places as the desk's guides per duty. */
    static Shift of(ShiftPlan plan, Location location, LocalDate day, LocalTime start, LocalTime end, Integer needed) {
        Shift shift = new Shift();
        shift.id = UUID.randomUUID();
        shift.planId = plan.id;
        shift.organisation = plan.organisation;
        shift.locationId = location.id;
        shift.workDate = day;
        shift.startsAt = start;
        shift.endsAt = end;
        shift.needed = needed != null ? needed : location.isPartnerDesk() ? location.guidesPerDuty : 1;
        return shift;
    }

    /** A shift ends after it starts on the same day, and at a partner desk stays inside the agreed days and hours. */
    static void checkTimes(Location location, LocalDate day, LocalTime start, LocalTime end) {
        if (!end.isAfter(start)) {
            throw new ProblemException(400, "Invalid request", "A shift must end after it starts, on the same day.");
        }
        if (location.isPartnerDesk() && (!location.dutyWeekdays().contains(day.getDayOfWeek())
                || start.isBefore(location.dutyStarts) || end.isAfter(location.dutyEnds))) {
            throw ProblemException.refused("Outside the desk-duty agreement", "OUTSIDE_DESK_AGREEMENT",
                    "The agency agreed desk duty on " + location.dutyWeekdays() + " between " + location.dutyStarts
                            + " and " + location.dutyEnds + ".");
        }
    }
}
