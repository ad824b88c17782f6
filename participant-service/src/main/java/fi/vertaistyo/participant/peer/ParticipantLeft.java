package fi.vertaistyo.participant.peer;

import fi.vertaistyo.participant.security.Caller;
import java.time.LocalDate;
import java.util.UUID;

/** A participant left the programme (became ALUMNI) on a day: fired inside the status change's transaction. */
public record ParticipantLeft(Caller caller, UUID participantId, LocalDate on) {
}
