package fi.vertaistyo.scheduling.feedback;

import fi.vertaistyo.scheduling.plan.Shift;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A peer's answer to the short form after a shift. Feeds the indicators; never shown per person. */
@Entity
@Table(name = "shift_feedback")
public class ShiftFeedback extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "shift_id", nullable = false)
    UUID shiftId;

    @Column(name = "participant_id", nullable = false)
    UUID participantId;

    @Column(nullable = false)
    String organisation;

    @Column(name = "location_id", nullable = false)
    UUID locationId;

    @Column(name = "work_date", nullable = false)
    LocalDate workDate;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "help_kinds", nullable = false, columnDefinition = "text[]")
    String[] helpKinds;

    @Column(name = "people_helped", nullable = false)
    int peopleHelped;

    @Column(nullable = false)
    int rating;

    @Column(name = "free_text")
    String freeText;

    @Column(name = "given_at", nullable = false)
    Instant givenAt;

    protected ShiftFeedback() {
    }

    /** The peer's answers after the shift; the free text stays with the coordinators. */
    static ShiftFeedback of(Shift shift, UUID participantId, FeedbackViews.GiveFeedback form, Instant now) {
        ShiftFeedback f = new ShiftFeedback();
        f.id = UUID.randomUUID();
        f.shiftId = shift.id;
        f.participantId = participantId;
        f.organisation = shift.organisation;
        f.locationId = shift.locationId;
        f.workDate = shift.workDate;
        f.helpKinds = form.helpKinds().stream().map(Enum::name).sorted().toArray(String[]::new);
        f.peopleHelped = form.peopleHelped();
        f.rating = form.rating();
        f.freeText = form.text() == null || form.text().isBlank() ? null : form.text().strip();
        f.givenAt = now;
        return f;
    }
}
