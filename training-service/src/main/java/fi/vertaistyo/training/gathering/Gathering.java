package fi.vertaistyo.training.gathering;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A development day, recreation day or supervision session that peers sign up for. */
@Entity
@Table(name = "gathering")
public class Gathering extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GatheringKind kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(nullable = false)
    public String place;

    public Integer capacity;

    /** The term a development day closes, if it closes one. */
    @Column(name = "term_id")
    public UUID termId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected Gathering() {
    }

    static Gathering of(String organisation, GatheringViews.NewGathering request, Instant now) {
        Gathering gathering = new Gathering();
        gathering.id = UUID.randomUUID();
        gathering.organisation = organisation;
        gathering.kind = request.kind();
        gathering.title = request.title().strip();
        gathering.startsAt = request.startsAt().toInstant();
        gathering.endsAt = request.endsAt().toInstant();
        gathering.place = request.place().strip();
        gathering.capacity = request.capacity();
        gathering.termId = request.termId();
        gathering.createdAt = now;
        return gathering;
    }
}
