package fi.vertaistyo.participant.agreement;

import fi.vertaistyo.participant.peer.ParticipantStatus;
import java.time.LocalDate;
import java.util.UUID;

/** A current participant with no agreement in force today; {@code lastAgreementEnded}: null if they never had one. */
public record MissingAgreement(UUID participantId, String displayName, ParticipantStatus status, LocalDate lastAgreementEnded) {
}
