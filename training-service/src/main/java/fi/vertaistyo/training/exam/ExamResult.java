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
}
