package fi.vertaistyo.participant.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    Long id;

    @Column(nullable = false)
    Instant at;

    @Column(nullable = false)
    String organisation;

    @Column(nullable = false)
    String actor;

    @Column(name = "participant_id")
    UUID participantId;

    @Column(nullable = false)
    String action;

    @Column(nullable = false)
    String purpose;
}
