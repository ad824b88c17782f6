package fi.vertaistyo.training.exam;

import fi.vertaistyo.training.term.ExamComponent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

public final class ExamViews {

    private ExamViews() {
    }

    /** @param examinerId the trainer who examined; the session's trainer when not given */
    public record NewResult(@NotNull UUID participantId, @NotNull ExamComponent component, @NotNull Boolean passed,
            @Min(0) @Max(100) Integer score, UUID examinerId) {
    }

    /** @param attempt 1 for the first time the participant took this component in the term, 2 for the first retake … */
    public record ResultView(UUID id, UUID sessionId, UUID participantId, String displayName, ExamComponent component,
            boolean passed, Integer score, UUID examinerId, String examiner, LocalDate examinedOn, int attempt) {
    }

    /** The result that counts for a component: the latest one. */
    public record Latest(boolean passed, LocalDate examinedOn) {
    }
}
