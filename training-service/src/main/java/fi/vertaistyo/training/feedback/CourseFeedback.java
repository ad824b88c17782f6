package fi.vertaistyo.training.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** One anonymous answer to a term's course-feedback form: no participant, only the day it came. */
@Entity
@Table(name = "course_feedback")
public class CourseFeedback extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "term_id", nullable = false)
    public UUID termId;

    @Column(nullable = false)
    public int overall;

    @Column(nullable = false)
    public int content;

    @Column(nullable = false)
    public int trainers;

    public String comment;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    protected CourseFeedback() {
    }

    /** The answer without who gave it; only the day it came is kept. */
    static CourseFeedback anonymous(UUID termId, FeedbackViews.Form form, LocalDate receivedOn) {
        CourseFeedback answer = new CourseFeedback();
        answer.id = UUID.randomUUID();
        answer.termId = termId;
        answer.overall = form.overall();
        answer.content = form.content();
        answer.trainers = form.trainers();
        answer.comment = form.comment() == null || form.comment().isBlank() ? null : form.comment().strip();
        answer.receivedOn = receivedOn;
        return answer;
    }
}
