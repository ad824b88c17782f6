package fi.vertaistyo.participant.agreement;

import java.time.LocalDate;
import java.util.UUID;

/** Data of the agreement events on participants.v1 (key: participant id). Schemas in docs/events/schemas. */
public final class AgreementEvents {

    private AgreementEvents() {
    }

    /** What scheduling needs to plan shifts and payout needs to pay them; nothing about the person. */
    public record AgreementInForce(UUID agreementId, UUID participantId, String organisation, UUID programmeId,
            String programmeCode, String programmeKind, LocalDate startsOn, LocalDate endsOn, int daysPerWeek,
            int minutesPerDay, PayTerms payTerms) {
        public static final String TYPE = "fi.vertaistyo.agreement.in-force.v1";
    }

    /** Pay terms of the programme's rules in force when the agreement starts; later changes come as rules-scheduled. */
    public record PayTerms(int rulesVersion, int activityMoneyCentsPerHour, int activityMoneyDailyCapCents) {
    }

    public record AgreementEnded(UUID agreementId, UUID participantId, String organisation, UUID programmeId,
            LocalDate endedOn) {
        public static final String TYPE = "fi.vertaistyo.agreement.ended.v1";
    }
}
