package fi.vertaistyo.training.diploma;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What training-service tells other services of diplomas (docs/events/schemas/qualification.*), on
 * qualifications.v1 keyed by participant id. Only the qualification travels: never exam results,
 * scores, attendance or the reason for a revocation.
 */
public final class QualificationEvents {

    private QualificationEvents() {
    }

    public record DiplomaAwarded(UUID diplomaId, UUID participantId, String organisation, String qualificationCode,
            LocalDate validFrom) {
        public static final String TYPE = "fi.vertaistyo.qualification.diploma-awarded.v1";
    }

    public record DiplomaRevoked(UUID diplomaId, UUID participantId, String organisation, String qualificationCode,
            LocalDate revokedOn) {
        public static final String TYPE = "fi.vertaistyo.qualification.diploma-revoked.v1";
    }
}
