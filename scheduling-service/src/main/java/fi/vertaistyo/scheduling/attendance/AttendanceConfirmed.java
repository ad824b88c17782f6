package fi.vertaistyo.scheduling.attendance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * attendance.v1 data for payout-service (key: participant id). Minutes only: never an absence, its
 * reason or notice. {@code corrects} names the earlier record this one replaces, or is null.
 */
public record AttendanceConfirmed(UUID attendanceId, UUID participantId, String organisation, UUID programmeId,
        UUID locationId, String locationName, UUID shiftId, LocalDate date, int minutes, UUID corrects) {

    public static final String TYPE = "fi.vertaistyo.attendance.confirmed.v1";
}
