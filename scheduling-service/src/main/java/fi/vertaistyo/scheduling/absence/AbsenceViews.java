package fi.vertaistyo.scheduling.absence;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

public final class AbsenceViews {

    private AbsenceViews() {
    }

    /** A peer reports their own absence; the reason, if given, is read by coordinators only. */
    public record ReportAbsence(@Size(max = 1000) String reason) {
    }

    /**
     * A coordinator records an absence they were told about: when the peer reported it (default now),
     * or that there was no notice at all.
     */
    public record RecordAbsence(@NotNull UUID participantId, boolean noNotice, Instant reportedAt,
            @Size(max = 1000) String reason) {
    }

    /** What the peer gets back: the notice as recorded, no reason. */
    public record OwnAbsence(UUID shiftId, Absence.Notice notice, Instant reportedAt) {
        static OwnAbsence of(Absence a) {
            return new OwnAbsence(a.shiftId, a.notice, a.reportedAt);
        }
    }

    /** The coordinator's view, reason included. */
    public record AbsenceView(UUID id, UUID shiftId, UUID locationId, LocalDate date, LocalTime start,
            UUID participantId, String displayName, Absence.Notice notice, Instant reportedAt, String reason,
            Instant recordedAt) {
    }
}
