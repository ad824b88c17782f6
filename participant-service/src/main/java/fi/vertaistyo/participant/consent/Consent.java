package fi.vertaistyo.participant.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "consent")
public class Consent {

    @Id
    UUID id;

    @Column(name = "participant_id", nullable = false, updatable = false)
    UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    ConsentPurpose purpose;

    @Column(name = "given_at", nullable = false, updatable = false)
    Instant givenAt;

    @Column(name = "given_by", nullable = false, updatable = false)
    String givenBy;

    @Column(name = "withdrawn_at")
    Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    String withdrawnBy;

    public record View(ConsentPurpose purpose, Instant givenAt, String givenBy, Instant withdrawnAt, String withdrawnBy) {
        static View of(Consent c) {
            return new View(c.purpose, c.givenAt, c.givenBy, c.withdrawnAt, c.withdrawnBy);
        }
    }

    public record Give(@jakarta.validation.constraints.NotNull ConsentPurpose purpose) {
    }

    protected Consent() {
    }

    /** The peer's consent for the purpose, given now (recorded by the caller). */
    static Consent given(UUID participantId, ConsentPurpose purpose, String by, Instant now) {
        Consent c = new Consent();
        c.id = UUID.randomUUID();
        c.participantId = participantId;
        c.purpose = purpose;
        c.givenAt = now;
        c.givenBy = by;
        return c;
    }
}
