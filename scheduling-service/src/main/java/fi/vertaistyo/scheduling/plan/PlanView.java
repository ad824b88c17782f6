package fi.vertaistyo.scheduling.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** A plan as the coordinator sees it: every shift with who is on it. */
public record PlanView(UUID id, UUID locationId, String locationName, YearMonth month, ShiftPlan.Status status,
        Instant publishedAt, List<ShiftView> shifts) {

    public record ShiftView(UUID id, LocalDate date, LocalTime start, LocalTime end, int needed, int open,
            boolean cancelled, boolean changedAfterPublish, List<Assignee> assignees) {
    }

    /**
     * Absence reasons are not here: coordinators read them in the absence list. {@code problem}: why an
     * active assignment no longer stands on its day (NO_AGREEMENT_IN_FORCE, QUALIFICATION_REQUIRED), so
     * the coordinator replans it; null when it stands.
     */
    public record Assignee(UUID dutyId, UUID participantId, String displayName, ShiftAssignment.State state,
            boolean swapOffered, String problem) {
    }

    /**
     * A peer as a choice for a shift: already on it, or whether the rules would take them. {@code reason}:
     * the code an assignment would be refused with (DAYS_PER_WEEK_EXCEEDED, NO_AGREEMENT_IN_FORCE, …), null
     * when it would be accepted; {@code detail} the service's sentence.
     */
    public record Candidate(UUID participantId, String displayName, boolean onShift, String reason, String detail) {
    }

    public record Summary(UUID id, UUID locationId, YearMonth month, ShiftPlan.Status status, Instant publishedAt) {
        static Summary of(ShiftPlan p) {
            return new Summary(p.id, p.locationId, p.yearMonth(), p.status, p.publishedAt);
        }
    }

    public record ChangeView(Instant at, String by, String what, UUID participantId, String reason) {
        static ChangeView of(ShiftChange c) {
            return new ChangeView(c.changedAt, c.changedBy, c.what, c.participantId, c.reason);
        }
    }
}
