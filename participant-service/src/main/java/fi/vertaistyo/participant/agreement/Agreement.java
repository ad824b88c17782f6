package fi.vertaistyo.participant.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An individual work agreement of one peer in one programme. It is in force only when the work
 * agreement, the confidentiality agreement and the acceptance of the programme's rules are all in place.
 */
@Entity
@Table(name = "agreement")
public class Agreement {

    @Id
    UUID id;

    @Column(nullable = false, updatable = false)
    String organisation;

    @Column(name = "participant_id", nullable = false, updatable = false)
    UUID participantId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    UUID programmeId;

    @Column(name = "starts_on", nullable = false, updatable = false)
    LocalDate startsOn;

    @Column(name = "ends_on", nullable = false, updatable = false)
    LocalDate endsOn;

    @Column(name = "days_per_week", nullable = false, updatable = false)
    int daysPerWeek;

    @Column(name = "minutes_per_day", nullable = false, updatable = false)
    int minutesPerDay;

    @Column(nullable = false, updatable = false)
    String tasks;

    @Column(name = "confidentiality_signed_on")
    LocalDate confidentialitySignedOn;

    @Column(name = "rules_version_accepted")
    Integer rulesVersionAccepted;

    @Column(name = "rules_accepted_on")
    LocalDate rulesAcceptedOn;

    @Column(name = "ended_on")
    LocalDate endedOn;

    @Column(name = "end_reason")
    String endReason;

    @Column(updatable = false)
    UUID renews;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Version
    long version;

    protected Agreement() {
    }

    Agreement(String organisation, UUID participantId, UUID programmeId, LocalDate startsOn, LocalDate endsOn,
            int daysPerWeek, int minutesPerDay, String tasks, UUID renews, Instant now) {
        this.id = UUID.randomUUID();
        this.organisation = organisation;
        this.participantId = participantId;
        this.programmeId = programmeId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.daysPerWeek = daysPerWeek;
        this.minutesPerDay = minutesPerDay;
        this.tasks = tasks;
        this.renews = renews;
        this.createdAt = now;
    }

    boolean inForce() {
        return confidentialitySignedOn != null && rulesVersionAccepted != null && endedOn == null;
    }

    /** The last day it covers: the agreed end, or the day it was ended early. */
    LocalDate lastDay() {
        return endedOn != null ? endedOn : endsOn;
    }
}
