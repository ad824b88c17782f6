package fi.vertaistyo.training.enrolment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public final class EnrolmentViews {

    private EnrolmentViews() {
    }

    public record Enrol(@NotNull UUID participantId) {
    }

    /** @param waitingPosition 1 for the first in line; null unless waiting */
    public record EnrolmentView(UUID id, UUID termId, String term, UUID participantId, String displayName, EnrolmentStatus status,
            Integer waitingPosition, Instant requestedAt, Instant enrolledAt, LocalDate followUpDueOn) {
    }

    public record FollowUpView(UUID id, UUID termId, String term, UUID participantId, String displayName,
            LocalDate startedOn, LocalDate dueOn, LocalDate meetingOn, LocalDate heldOn, String note) {
    }

    public record FollowUpUpdate(LocalDate meetingOn, @PastOrPresent LocalDate heldOn, @Size(max = 1000) String note) {
    }
}
