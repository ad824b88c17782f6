package fi.vertaistyo.participant.agreement;

import java.time.LocalDate;
import java.util.UUID;

/** An agreement in force that ends soon, for the coordinator's renewal list. */
public record EndingAgreement(UUID agreementId, UUID participantId, String displayName, UUID programmeId,
        LocalDate endsOn, long daysLeft) {
}
