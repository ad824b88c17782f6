package fi.vertaistyo.participant.peer;

/** applicant → trainee → active → paused → alumni */
public enum ParticipantStatus {
    APPLICANT, TRAINEE, ACTIVE, PAUSED, ALUMNI
}
