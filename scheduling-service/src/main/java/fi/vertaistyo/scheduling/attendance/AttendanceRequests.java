package fi.vertaistyo.scheduling.attendance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

public final class AttendanceRequests {

    private AttendanceRequests() {
    }

    /** Without entries every peer on the shift is confirmed as planned; entries adjust or pick peers. */
    public record ConfirmAttendance(@Size(max = 20) List<@Valid @NotNull Entry> entries) {
    }

    public record Entry(@NotNull UUID participantId, @NotNull @Min(0) @Max(720) Integer minutes) {
    }

    public record CorrectAttendance(@NotNull @Min(0) @Max(720) Integer minutes, @NotBlank @Size(max = 500) String reason) {
    }

    /** A started shift of a published plan with peers on it and no attendance confirmed yet. */
    public record Unconfirmed(UUID shiftId, UUID locationId, String location, LocalDate date, LocalTime start, LocalTime end,
            int peers) {
    }

    public record AttendanceView(UUID id, UUID participantId, String displayName, LocalDate date, int minutes,
            UUID corrects, boolean current, String reason, Instant confirmedAt) {
    }
}
