package fi.vertaistyo.training.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

public final class FeedbackViews {

    private FeedbackViews() {
    }

    /** Ratings 1 (poor) to 5 (excellent) and an optional comment. */
    public record Form(@NotNull @Min(1) @Max(5) Integer overall, @NotNull @Min(1) @Max(5) Integer content,
            @NotNull @Min(1) @Max(5) Integer trainers, @Size(max = 1000) String comment) {
    }

    /**
     * A term's feedback for coordinators. Below {@code minimumResponses} answers only the count is
     * shown, so no single answer can be traced to the few who gave it.
     */
    public record Summary(int responses, int minimumResponses, Double overall, Double content, Double trainers,
            Map<Integer, Integer> overallDistribution, List<String> comments) {
    }
}
