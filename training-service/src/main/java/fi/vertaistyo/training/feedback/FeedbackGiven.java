package fi.vertaistyo.training.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** That a participant answered a term's form (one answer each); which answer is theirs is not kept. */
@Entity
@Table(name = "feedback_given")
@IdClass(FeedbackGiven.Key.class)
public class FeedbackGiven extends PanacheEntityBase {

    public record Key(UUID termId, UUID participantId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "term_id")
    public UUID termId;

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "given_at", nullable = false)
    public Instant givenAt;

    protected FeedbackGiven() {
    }

    static FeedbackGiven by(UUID termId, UUID participantId, Instant now) {
        FeedbackGiven given = new FeedbackGiven();
        given.termId = termId;
        given.participantId = participantId;
        given.givenAt = now;
        return given;
    }
}
