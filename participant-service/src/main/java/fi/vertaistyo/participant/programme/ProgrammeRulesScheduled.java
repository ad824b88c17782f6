package fi.vertaistyo.participant.programme;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code fi.vertaistyo.programme.rules-scheduled.v1} on participants.v1 (key: programme id):
 * a version of a programme's rules and the day it takes effect. Payout uses it for the rate and cap
 * in force on the day worked; scheduling for the notice period.
 */
public record ProgrammeRulesScheduled(UUID programmeId, String organisation, String programmeCode, String kind,
        int version, LocalDate validFrom, int activityMoneyCentsPerHour, int activityMoneyDailyCapCents,
        int minDaysPerWeek, int maxDaysPerWeek, int minutesPerDay, int absenceNoticeHours) {

    public static final String TYPE = "fi.vertaistyo.programme.rules-scheduled.v1";

    static ProgrammeRulesScheduled of(Programme p, ProgrammeRules r) {
        return new ProgrammeRulesScheduled(p.id, p.organisation, p.code, p.kind.name(), r.version, r.validFrom,
                r.activityMoneyCentsPerHour, r.activityMoneyDailyCapCents, r.minDaysPerWeek, r.maxDaysPerWeek,
                r.minutesPerDay, r.absenceNoticeHours);
    }
}
