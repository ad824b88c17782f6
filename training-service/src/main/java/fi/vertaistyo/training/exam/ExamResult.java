package fi.vertaistyo.training.exam;

import fi.vertaistyo.training.term.ExamComponent;
import fi.vertaistyo.training.term.TrainingSession;
import fi.vertaistyo.training.trainer.Trainer;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The result of one exam component taken in one exam session. A retake is a result in a later exam
 * session; the latest one counts. Results never leave training-service.
 */
@Entity
@Table(name = "exam_result")
public class ExamResult extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    public TrainingSession session;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExamComponent component;

    @Column(nullable = false)
    public boolean passed;

    public Integer score;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "examiner_id")
    public Trainer examiner;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    protected ExamResult() {
    }

    static ExamResult of(TrainingSession session, ExamViews.NewResult request, Trainer examiner, String by, Instant now) {
        ExamResult result = new ExamResult();
        result.id = UUID.randomUUID();
        result.session = session;
        result.participantId = request.participantId();
        result.component = request.component();
        result.record(request, examiner, by, now);
        return result;
    }

    /** The session's result of this component for the participant; recording it again corrects it. */
    void record(ExamViews.NewResult request, Trainer examiner, String by, Instant now) {
        passed = request.passed();
        score = request.score();
        this.examiner = examiner;
        recordedBy = by;
        recordedAt = now;
    }
}
