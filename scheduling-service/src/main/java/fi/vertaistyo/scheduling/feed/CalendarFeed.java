package fi.vertaistyo.scheduling.feed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A secret calendar address of one peer's shifts or one partner desk's duties. Only the token's hash is kept. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends PanacheEntityBase {

    public enum Kind {
        PEER, DESK
    }

    @Id
    UUID id;

    @Column(name = "token_hash", nullable = false, unique = true)
    String tokenHash;

    @Column(nullable = false)
    String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Kind kind;

    @Column(name = "participant_id")
    UUID participantId;

    @Column(name = "agency_code")
    String agency;

    @Column(name = "desk_id")
    UUID deskId;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "last_used_at")
    Instant lastUsedAt;

    @Column(name = "revoked_at")
    Instant revokedAt;

    protected CalendarFeed() {
    }

    private CalendarFeed(Kind kind, String organisation, String tokenHash, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.organisation = organisation;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    static CalendarFeed forPeer(String organisation, UUID participantId, String tokenHash, String createdBy, Instant now) {
        CalendarFeed feed = new CalendarFeed(Kind.PEER, organisation, tokenHash, createdBy, now);
        feed.participantId = participantId;
        return feed;
    }

    static CalendarFeed forDesk(String organisation, String agency, UUID deskId, String tokenHash, String createdBy,
            Instant now) {
        CalendarFeed feed = new CalendarFeed(Kind.DESK, organisation, tokenHash, createdBy, now);
        feed.agency = agency;
        feed.deskId = deskId;
        return feed;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }
}
