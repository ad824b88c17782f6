package fi.vertaistyo.participant.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** One version of a programme's rules, in force from {@code validFrom} until the next version. */
@Entity
@Table(name = "programme_rules")
@IdClass(ProgrammeRules.Key.class)
public class ProgrammeRules {

    @Id
    @Column(name = "programme_id")
    UUID programmeId;

    @Id
    int version;

    @Column(name = "valid_from", nullable = false)
    LocalDate validFrom;

    @Column(name = "activity_money_cents_per_hour", nullable = false)
    int activityMoneyCentsPerHour;

    @Column(name = "activity_money_daily_cap_cents", nullable = false)
    int activityMoneyDailyCapCents;

    @Column(name = "max_agreement_months", nullable = false)
    int maxAgreementMonths;

    @Column(name = "min_days_per_week", nullable = false)
    int minDaysPerWeek;

    @Column(name = "max_days_per_week", nullable = false)
    int maxDaysPerWeek;

    @Column(name = "minutes_per_day", nullable = false)
    int minutesPerDay;

    @Column(name = "absence_notice_hours", nullable = false)
    int absenceNoticeHours;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected ProgrammeRules() {
    }

    ProgrammeRules(UUID programmeId, int version, ProgrammeRulesInput in, Instant now) {
        this.programmeId = programmeId;
        this.version = version;
        this.validFrom = in.validFrom();
        this.activityMoneyCentsPerHour = in.activityMoneyCentsPerHour();
        this.activityMoneyDailyCapCents = in.activityMoneyDailyCapCents();
        this.maxAgreementMonths = in.maxAgreementMonths();
        this.minDaysPerWeek = in.minDaysPerWeek();
        this.maxDaysPerWeek = in.maxDaysPerWeek();
        this.minutesPerDay = in.minutesPerDay();
        this.absenceNoticeHours = in.absenceNoticeHours();
        this.createdAt = now;
    }

    public int version() {
        return version;
    }

    public int maxAgreementMonths() {
        return maxAgreementMonths;
    }

    public int minDaysPerWeek() {
        return minDaysPerWeek;
    }

    public int maxDaysPerWeek() {
        return maxDaysPerWeek;
    }

    public int minutesPerDay() {
        return minutesPerDay;
    }

    public int activityMoneyCentsPerHour() {
        return activityMoneyCentsPerHour;
    }

    public int activityMoneyDailyCapCents() {
        return activityMoneyDailyCapCents;
    }

    public static class Key implements Serializable {
        UUID programmeId;
        int version;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.programmeId, programmeId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(programmeId, version);
        }
    }
}
