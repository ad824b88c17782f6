package fi.vertaistyo.scheduling.qualification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.UUID;

/**
 * scheduling-service's own copies of the qualifications.v1 events (docs/events/schemas/qualification.*);
 * the contract test keeps them honest. Exam results and attendance never travel: only the diploma.
 */
public final class QualificationEvents {

    private QualificationEvents() {
    }

    public record DiplomaAwarded(
            @NotNull UUID diplomaId,
            @NotNull UUID participantId,
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}") String organisation,
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}") String qualificationCode,
            @NotNull LocalDate validFrom) {
        public static final String TYPE = "fi.vertaistyo.qualification.diploma-awarded.v1";
    }

    public record DiplomaRevoked(
            @NotNull UUID diplomaId,
            @NotNull UUID participantId,
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}") String organisation,
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}") String qualificationCode,
            @NotNull LocalDate revokedOn) {
        public static final String TYPE = "fi.vertaistyo.qualification.diploma-revoked.v1";
    }
}
