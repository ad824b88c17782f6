package fi.vertaistyo.scheduling.deskduty;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One guide's desk duty as a partner office sees it, in the partner API and on desk-duty.v1 alike.
 * Exactly these fields and nothing else: never a legal name, contact, agreement, absence reason,
 * training result or payout (DeskDutyFieldsTest fails if a field is added).
 *
 * @param dutyId stable id of this guide's duty, so a change or cancellation can be matched
 * @param start  local time in Europe/Helsinki, HH:mm
 */
public record DeskDuty(UUID dutyId, UUID deskId, String location, LocalDate date, String start, String end,
        String displayName, Status status) {

    public static final String EVENT_TYPE = "fi.vertaistyo.desk-duty.v1";

    /**
     * REPLACEMENT_PENDING: the guide no longer holds the qualification the desk requires that day (a
     * diploma revoked); the duty stands in the plan until the coordinator puts another guide on it.
     */
    public enum Status {
        SCHEDULED, CHANGED, CANCELLED, REPLACEMENT_PENDING;

        /**
         * The one rule for the API, the topic and the calendar alike.
         *
         * @param ended     the shift was cancelled or the guide is no longer on it
         * @param qualified the guide holds what the desk requires that day (true when it requires nothing)
         * @param changed   the shift's time changed after publishing
         */
        static Status of(boolean ended, boolean qualified, boolean changed) {
            return ended ? CANCELLED : !qualified ? REPLACEMENT_PENDING : changed ? CHANGED : SCHEDULED;
        }
    }
}
