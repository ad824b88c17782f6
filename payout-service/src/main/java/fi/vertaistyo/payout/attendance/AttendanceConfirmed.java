package fi.vertaistyo.payout.attendance;

import fi.vertaistyo.payout.ledger.AttendanceFact;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * payout-service's own copy of attendance.v1's data (docs/events/schemas/attendance.confirmed.v1.json);
 * AttendanceEventsContractTest keeps it honest. Minutes only: scheduling never sends absences.
 */
public record AttendanceConfirmed(
        @NotNull UUID attendanceId,
        @NotNull UUID participantId,
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}") String organisation,
        @NotNull UUID programmeId,
        @NotNull UUID locationId,
        @NotBlank @Size(max = 120) String locationName,
        @NotNull UUID shiftId,
        @NotNull LocalDate date,
        @Min(0) @Max(720) int minutes,
        UUID corrects) {

    public static final String TYPE = "fi.vertaistyo.attendance.confirmed.v1";

    AttendanceFact fact(String eventId) {
        return new AttendanceFact(attendanceId, participantId, organisation, programmeId, locationId, locationName,
                shiftId, date, minutes, corrects, eventId);
    }
}
