package fi.vertaistyo.training.gathering;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "gathering_signup")
@IdClass(GatheringSignup.Key.class)
public class GatheringSignup extends PanacheEntityBase {

    public record Key(UUID gatheringId, UUID participantId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "gathering_id")
    public UUID gatheringId;

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "signed_up_at", nullable = false)
    public Instant signedUpAt;

    /** Null until the coordinator records the day. */
    public Boolean attended;

    protected GatheringSignup() {
    }

    /** A place taken at the gathering (or a walk-in recorded in its roll). */
    static GatheringSignup of(UUID gatheringId, UUID participantId, Instant now) {
        GatheringSignup signup = new GatheringSignup();
        signup.gatheringId = gatheringId;
        signup.participantId = participantId;
        signup.signedUpAt = now;
        return signup;
    }
}
