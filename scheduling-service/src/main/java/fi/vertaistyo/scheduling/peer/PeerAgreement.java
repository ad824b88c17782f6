package fi.vertaistyo.scheduling.peer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** An agreement in force, from participants.v1: the days a peer may work and how much. */
@Entity
@Table(name = "peer_agreement")
public class PeerAgreement {

    @Id
    @Column(name = "agreement_id")
    UUID agreementId;

    @Column(name = "participant_id", nullable = false)
    UUID participantId;

    @Column(nullable = false)
    String organisation;

    @Column(name = "programme_id", nullable = false)
    UUID programmeId;

    @Column(name = "starts_on", nullable = false)
    LocalDate startsOn;

    /** Last day covered (inclusive). */
    @Column(name = "ends_on", nullable = false)
    LocalDate endsOn;

    @Column(name = "days_per_week", nullable = false)
    int daysPerWeek;

    @Column(name = "minutes_per_day", nullable = false)
    int minutesPerDay;

    protected PeerAgreement() {
    }

    PeerAgreement(ParticipantChanges.AgreementInForce in) {
        agreementId = in.agreementId();
        participantId = in.participantId();
        organisation = in.organisation();
        programmeId = in.programmeId();
        startsOn = in.startsOn();
        endsOn = in.endsOn();
        daysPerWeek = in.daysPerWeek();
        minutesPerDay = in.minutesPerDay();
    }

    public int daysPerWeek() {
        return daysPerWeek;
    }

    public int minutesPerDay() {
        return minutesPerDay;
    }

    public LocalDate endsOn() {
        return endsOn;
    }
}
