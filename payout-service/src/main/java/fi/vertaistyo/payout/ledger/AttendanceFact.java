package fi.vertaistyo.payout.ledger;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Confirmed minutes on one shift as scheduling-service published them; {@code corrects} names the record replaced. */
public record AttendanceFact(UUID attendanceId, UUID participantId, String organisation, UUID programmeId,
        UUID locationId, String locationName, UUID shiftId, LocalDate date, int minutes, UUID corrects,
        String eventId) {

    /** Same record, whatever event carried it (the location's name may have been renamed since). */
    boolean sameRecordAs(AttendanceFact other) {
        return attendanceId.equals(other.attendanceId) && participantId.equals(other.participantId)
                && organisation.equals(other.organisation) && programmeId.equals(other.programmeId)
                && locationId.equals(other.locationId) && shiftId.equals(other.shiftId) && date.equals(other.date)
                && minutes == other.minutes && Objects.equals(corrects, other.corrects);
    }
}
