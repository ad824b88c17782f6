package fi.vertaistyo.participant.peer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One step of a participant's lifecycle, kept for the coordinator's "status and its history". */
@Entity
@Table(name = "participant_status_change")
public class StatusChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(nullable = false)
    public String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantStatus status;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    protected StatusChange() {
    }

    static StatusChange of(Participant participant, LocalDate effectiveOn, Instant now, String by) {
        StatusChange change = new StatusChange();
        change.id = UUID.randomUUID();
        change.participantId = participant.id;
        change.organisation = participant.organisation;
        change.status = participant.status;
        change.effectiveOn = effectiveOn;
        change.changedAt = now;
        change.changedBy = by;
        return change;
    }

    /** What the coordinator reads: the status, from which day, recorded when and by which login. */
    public record View(ParticipantStatus status, LocalDate effectiveOn, Instant changedAt, String changedBy) {
        static View of(StatusChange c) {
            return new View(c.status, c.effectiveOn, c.changedAt, c.changedBy);
        }
    }
}
