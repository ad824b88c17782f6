package fi.vertaistyo.training.diploma;

import fi.vertaistyo.training.attendance.AttendanceRequests.Rate;
import fi.vertaistyo.training.exam.ExamViews.Latest;
import fi.vertaistyo.training.term.ExamComponent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class DiplomaViews {

    private DiplomaViews() {
    }

    /**
     * @param validFrom the graduation day when records are entered afterwards; today when not given. Not in the
     *                  future and not before the last required exam was passed.
     */
    public record Award(@NotNull UUID participantId, LocalDate validFrom) {
    }

    /** @param revokedOn first day without the qualification; today when not given, never in the past */
    public record Revoke(@NotBlank @Size(max = 500) String reason, LocalDate revokedOn) {
    }

    public record DiplomaView(UUID id, UUID termId, String term, UUID participantId, String displayName,
            String qualificationCode, LocalDate validFrom, String verificationCode, LocalDate revokedOn,
            String revocationReason) {

        static DiplomaView of(Diploma d, String displayName) {
            return new DiplomaView(d.id, d.term.id, d.term.name, d.participantId, displayName, d.qualificationCode,
                    d.validFrom, d.verificationCode, d.revokedOn, d.revocationReason);
        }
    }

    /** Where an enrolled participant stands against the term's diploma rules. */
    public record Eligibility(UUID participantId, String displayName, Rate attendance,
            Map<ExamComponent, Latest> examComponents, boolean eligible, List<String> unmet, UUID diplomaId) {
    }

    /** All that a verification code tells: whether the diploma it names is valid today. */
    public record Verification(boolean valid) {
    }
}
