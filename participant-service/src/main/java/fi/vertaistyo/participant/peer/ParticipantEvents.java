package fi.vertaistyo.participant.peer;

import java.time.LocalDate;
import java.util.UUID;

/** Data of the participant change events on participants.v1 (key: participant id). */
public final class ParticipantEvents {

    private ParticipantEvents() {
    }

    public record DisplayNameChanged(UUID participantId, String organisation, String displayName) {
        public static final String TYPE = "fi.vertaistyo.participant.display-name-changed.v1";
    }

    /**
     * The peer's login (issuer and subject of their account) was linked, changed or removed
     * ({@code accountKey} null), so other services can recognise the peer's own requests.
     */
    public record AccountChanged(UUID participantId, String organisation, String accountKey) {
        public static final String TYPE = "fi.vertaistyo.participant.account-changed.v1";
    }

    public record StatusChanged(UUID participantId, String organisation, String status, LocalDate effectiveOn) {
        public static final String TYPE = "fi.vertaistyo.participant.status-changed.v1";
    }
}
