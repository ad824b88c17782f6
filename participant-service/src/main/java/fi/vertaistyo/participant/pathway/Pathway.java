package fi.vertaistyo.participant.pathway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An outcome the funders ask about, recorded at exit or at a follow-up. */
@Entity
@Table(name = "pathway")
public class Pathway {

    public enum Moment { EXIT, FOLLOW_UP_4_WEEKS, FOLLOW_UP_6_MONTHS }

    /** NOT_REACHED: the follow-up was attempted and the peer could not be reached; that is an answer too. */
    public enum Outcome {
        STUDIES, WORK_TRY_OUT, APPRENTICESHIP, PAY_SUBSIDISED_JOB, JOB, PEER_WORKER_JOB, REHABILITATION, OTHER, NOT_REACHED
    }

    @Id
    UUID id;

    @Column(name = "participant_id", nullable = false, updatable = false)
    UUID participantId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    UUID programmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    Moment moment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    Outcome outcome;

    @Column(name = "recorded_on", nullable = false, updatable = false)
    LocalDate recordedOn;

    @Column(name = "starts_on", updatable = false)
    LocalDate startsOn;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    Instant recordedAt;

    public record Record(@jakarta.validation.constraints.NotNull UUID programmeId,
            @jakarta.validation.constraints.NotNull Moment moment,
            @jakarta.validation.constraints.NotNull Outcome outcome,
            @jakarta.validation.constraints.NotNull LocalDate recordedOn,
            LocalDate startsOn) {
    }

    public record View(UUID id, UUID programmeId, Moment moment, Outcome outcome, LocalDate recordedOn, LocalDate startsOn) {
        static View of(Pathway p) {
            return new View(p.id, p.programmeId, p.moment, p.outcome, p.recordedOn, p.startsOn);
        }
    }

    /** One cell of the funder report: how many outcomes of a kind at a moment. No names, no ids. */
    public record Count(Moment moment, Outcome outcome, long participants) {
    }

    public record Report(UUID programmeId, LocalDate from, LocalDate to, java.util.List<Count> counts) {
    }

    protected Pathway() {
    }

    static Pathway of(UUID participantId, Record request, Instant now) {
        Pathway p = new Pathway();
        p.id = UUID.randomUUID();
        p.participantId = participantId;
        p.programmeId = request.programmeId();
        p.moment = request.moment();
        p.outcome = request.outcome();
        p.recordedOn = request.recordedOn();
        p.startsOn = request.startsOn();
        p.recordedAt = now;
        return p;
    }
}
