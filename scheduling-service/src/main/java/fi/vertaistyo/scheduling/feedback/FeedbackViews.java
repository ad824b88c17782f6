package fi.vertaistyo.scheduling.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

public final class FeedbackViews {

    private FeedbackViews() {
    }

    public enum HelpKind {
        KELA_BENEFITS, HOUSING, SUBSTANCE_SERVICES, DIGITAL_SERVICES, ACCOMPANYING_TO_APPOINTMENT, JUST_TALKING, OTHER
    }

    /** The form after a shift: kinds of help, how many people, how it went (1–5), free text. */
    public record GiveFeedback(
            @NotEmpty Set<@NotNull HelpKind> helpKinds,
            @NotNull @Min(0) @Max(200) Integer peopleHelped,
            @NotNull @Min(1) @Max(5) Integer rating,
            @Size(max = 2000) String text) {
    }

    public record Given(UUID shiftId, Set<HelpKind> helpKinds, int peopleHelped, int rating) {
    }

    /** A coordinator's indicators for one location and month. */
    public record LocationIndicators(UUID locationId, String location, YearMonth month, long answers,
            long peopleHelped, double averageRating, Map<HelpKind, Long> helpKinds) {
    }

    /** What a partner office sees for one of its desks: counts only. */
    public record DeskCounts(UUID deskId, String location, YearMonth month, long answers, long peopleHelped,
            Map<HelpKind, Long> helpKinds) {
    }
}
