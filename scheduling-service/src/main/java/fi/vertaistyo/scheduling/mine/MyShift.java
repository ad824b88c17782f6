package fi.vertaistyo.scheduling.mine;

import fi.vertaistyo.scheduling.absence.Absence;
import fi.vertaistyo.scheduling.plan.ShiftAssignment;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A shift as the peer on it sees it: who else is on it (display names only), whether they already
 * gave the feedback, and the notice of their absence if they reported one (never its reason).
 */
public record MyShift(UUID shiftId, UUID dutyId, LocalDate date, LocalTime start, LocalTime end, String location,
        String address, ShiftAssignment.State state, boolean swapOffered, boolean changed, boolean cancelled,
        List<String> coworkers, boolean feedbackGiven, Absence.Notice absence) {

    /** A published shift the peer may take: a free place, or one another peer offered for swap. */
    public record Open(UUID shiftId, LocalDate date, LocalTime start, LocalTime end, String location, String address,
            int openPlaces, boolean swap) {
    }
}
