package fi.vertaistyo.participant.audit;

import java.time.Instant;
import java.util.UUID;

public record AuditEntryView(Instant at, String actor, UUID participantId, String action, String purpose) {
}
