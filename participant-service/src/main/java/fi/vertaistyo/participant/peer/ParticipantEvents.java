package fi.vertaistyo.participant.peer;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of the participant events. Lifecycle events go on participants.v2 and carry no name; who a
 * participant is called (and which login is theirs) goes on the compacted participant-identities.v1,
 * where the newest record of a participant replaces every earlier one (ADR 0021). Key: participant id.
 */
public final class ParticipantEvents {

    private ParticipantEvents() {
    }

    /**
     * On participant-identities.v1: the display name and the peer's login ({@code accountKey}, issuer and
     * subject; null when none). After erasure the display name is the pseudonym and the login null.
     */
    public record Identity(UUID participantId, String organisation, String displayName, String accountKey) {
        public static final String TYPE = "fi.vertaistyo.participant.identity.v1";
    }

    public record StatusChanged(UUID participantId, String organisation, String status, LocalDate effectiveOn) {
        public static final String TYPE = "fi.vertaistyo.participant.status-changed.v1";
    }

    /**
     * The participant was erased (on request, or by retention): every service replaces what it holds
     * on them by the pseudonym and erases their free texts; amounts, dates and ids stay.
     */
    public record Erased(UUID participantId, String organisation, LocalDate erasedOn, String basis, String pseudonym) {
        public static final String TYPE = "fi.vertaistyo.participant.erased.v1";
        public static final String ON_REQUEST = "REQUEST";
        public static final String RETENTION = "RETENTION";
    }
}
