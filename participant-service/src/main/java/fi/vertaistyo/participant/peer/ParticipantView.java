package fi.vertaistyo.participant.peer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A participant as a coordinator of their organisation, or the peer themself, sees them. */
public record ParticipantView(
        UUID id,
        String displayName,
        String legalName,
        String email,
        String phone,
        String preferredLanguage,
        ParticipantStatus status,
        LocalDate alumniSince,
        boolean accountLinked,
        Instant registeredAt,
        /** When the personal data was erased (on request or by retention); null while it is held. */
        Instant erasedAt) {

    public static ParticipantView of(Participant p) {
        return new ParticipantView(p.id, p.displayName, p.legalName, p.email, p.phone, p.preferredLanguage,
                p.status, p.alumniSince, p.accountSubject != null, p.registeredAt, p.pseudonymisedAt);
    }
}
