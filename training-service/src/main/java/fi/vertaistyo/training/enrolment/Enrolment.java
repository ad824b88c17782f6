package fi.vertaistyo.training.enrolment;

import fi.vertaistyo.training.term.Term;
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

/** A participant's place in a term, or their place in its waiting line (ordered by when they asked). */
@Entity
@Table(name = "enrolment")
public class Enrolment extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    public Term term;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EnrolmentStatus status;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "enrolled_at")
    public Instant enrolledAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    protected Enrolment() {
    }

    /** A request for a place: on the waiting line until {@link Enrolments} admits it. */
    static Enrolment request(Term term, UUID participantId, Instant now) {
        Enrolment enrolment = new Enrolment();
        enrolment.id = UUID.randomUUID();
        enrolment.term = term;
        enrolment.participantId = participantId;
        enrolment.requestAgain(now);
        return enrolment;
    }

    /** A withdrawn participant asks again: back to the end of the waiting line. */
    void requestAgain(Instant now) {
        requestedAt = now;
        withdrawnAt = null;
        enrolledAt = null;
        status = EnrolmentStatus.WAITING;
    }
}
