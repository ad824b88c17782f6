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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/** The shifts of one location for one month: a draft until published; changes after that are tracked. */
@Entity
@Table(name = "shift_plan")
public class ShiftPlan extends PanacheEntityBase {

    public enum Status {
        DRAFT, PUBLISHED
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String organisation;

    @Column(name = "location_id", nullable = false)
    public UUID locationId;

    /** The first day of the month planned. */
    @Column(nullable = false)
    public LocalDate month;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Version
    long version;

    protected ShiftPlan() {
    }

    /** A new plan of the location for the month, in draft: nobody sees it before it is published. */
    static ShiftPlan draft(String organisation, UUID locationId, YearMonth month, Instant now) {
        ShiftPlan plan = new ShiftPlan();
        plan.id = UUID.randomUUID();
        plan.organisation = organisation;
        plan.locationId = locationId;
        plan.month = month.atDay(1);
        plan.status = Status.DRAFT;
        plan.createdAt = now;
        return plan;
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    public YearMonth yearMonth() {
        return YearMonth.from(month);
    }
}
