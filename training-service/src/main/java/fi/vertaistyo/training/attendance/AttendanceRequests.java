package fi.vertaistyo.training.attendance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

public final class AttendanceRequests {

    private AttendanceRequests() {
    }

    /** The roll call of one session: any number of participants, each recorded or corrected. */
    public record Roll(@NotEmpty @Size(max = 500) List<@Valid @NotNull Entry> entries) {
    }

    public record Entry(@NotNull UUID participantId, @NotNull AttendanceStatus status, @Size(max = 500) String remark) {
    }

    /** One participant on a session's roll: null status until recorded. */
    public record RollEntry(UUID participantId, String displayName, AttendanceStatus status, String remark) {
    }

    /** @param percent attended of held, rounded down to a whole percent; null before any session was held */
    public record Rate(int attended, int held, Integer percent) {

        public static Rate of(int attended, int held) {
            return new Rate(attended, held, held == 0 ? null : attended * 100 / held);
        }

        /** Whether attendance reaches the threshold, compared exactly (no rounding): 79.9 % is below 80 %. */
        public boolean reaches(int thresholdPercent) {
            return held > 0 && attended * 100L >= (long) thresholdPercent * held;
        }
    }
}
