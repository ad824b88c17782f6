package fi.vertaistyo.participant.peer;

import java.util.Set;

/** applicant → trainee → active → paused → alumni; an alumnus who comes back is an applicant again. */
public enum ParticipantStatus {
    APPLICANT, TRAINEE, ACTIVE, PAUSED, ALUMNI;

    boolean mayBecome(ParticipantStatus next) {
        return switch (this) {
            case APPLICANT -> Set.of(TRAINEE, ACTIVE, ALUMNI).contains(next);
            case TRAINEE -> Set.of(ACTIVE, PAUSED, ALUMNI).contains(next);
            case ACTIVE -> Set.of(PAUSED, ALUMNI).contains(next);
            case PAUSED -> Set.of(ACTIVE, ALUMNI).contains(next);
            case ALUMNI -> next == APPLICANT;
        };
    }
}
