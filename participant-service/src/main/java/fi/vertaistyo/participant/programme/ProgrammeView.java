package fi.vertaistyo.participant.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record ProgrammeView(UUID id, String code, String name, ProgrammeKind kind, Integer rulesVersionInForce,
        List<Rules> rules) {

    public record Rules(int version, LocalDate validFrom, int activityMoneyCentsPerHour, int activityMoneyDailyCapCents,
            int maxAgreementMonths, int minDaysPerWeek, int maxDaysPerWeek, int minutesPerDay, int absenceNoticeHours) {

        static Rules of(ProgrammeRules r) {
            return new Rules(r.version, r.validFrom, r.activityMoneyCentsPerHour, r.activityMoneyDailyCapCents,
                    r.maxAgreementMonths, r.minDaysPerWeek, r.maxDaysPerWeek, r.minutesPerDay, r.absenceNoticeHours);
        }
    }

    static ProgrammeView of(Programme p, LocalDate today) {
        return new ProgrammeView(p.id, p.code, p.name, p.kind, p.rulesOn(today).map(ProgrammeRules::version).orElse(null),
                p.rules.stream().map(Rules::of).toList());
    }
}
