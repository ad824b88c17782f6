package fi.vertaistyo.training.term;

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

/** One session of a term: a module taught, or an exam, by a trainer at a place or online. */
@Entity
@Table(name = "training_session")
public class TrainingSession extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    public Term term;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionKind kind;

    @Column(name = "module_code")
    public String moduleCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trainer_id")
    public Trainer trainer;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    public String place;

    @Column(name = "online_link")
    public String onlineLink;

    public Integer capacity;

    protected TrainingSession() {
    }

    /** A teaching or exam session of the term, taught (or examined) by the trainer. */
    static TrainingSession of(Term term, Trainer trainer, TermRequests.NewSession request) {
        TrainingSession session = new TrainingSession();
        session.id = UUID.randomUUID();
        session.term = term;
        session.kind = request.kind();
        session.moduleCode = request.moduleCode();
        session.trainer = trainer;
        session.startsAt = request.startsAt().toInstant();
        session.endsAt = request.endsAt().toInstant();
        session.place = request.place();
        session.onlineLink = request.onlineLink();
        session.capacity = request.capacity();
        return session;
    }
}
