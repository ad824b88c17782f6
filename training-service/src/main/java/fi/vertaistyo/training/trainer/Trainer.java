package fi.vertaistyo.training.trainer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A recruited trainer: who they are, how to reach them, what they teach, and their login once linked. */
@Entity
@Table(name = "trainer")
public class Trainer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String organisation;

    @Column(nullable = false)
    public String name;

    public String email;

    public String phone;

    @Column(nullable = false)
    public String[] topics;

    /** issuer#subject of the trainer's login; null until a coordinator links it. */
    @Column(name = "account_key")
    public String accountKey;

    /** SHA-256 of the one-time code that links a login (LinkCode); null when none is outstanding. */
    @Column(name = "link_code_hash")
    public String linkCodeHash;

    @Column(name = "link_code_expires_at")
    public Instant linkCodeExpiresAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected Trainer() {
    }

    static Trainer of(String organisation, TrainerRequests.NewTrainer request, Instant now) {
        Trainer trainer = new Trainer();
        trainer.id = UUID.randomUUID();
        trainer.organisation = organisation;
        trainer.name = request.name().strip();
        trainer.email = request.email();
        trainer.phone = request.phone();
        trainer.topics = request.topics().stream().map(String::strip).toArray(String[]::new);
        trainer.createdAt = now;
        return trainer;
    }
}
