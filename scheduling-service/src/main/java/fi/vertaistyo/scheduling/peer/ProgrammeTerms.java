package fi.vertaistyo.scheduling.peer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** One version of a programme's rules, from programme.rules-scheduled: in force from validFrom on. */
@Entity
@Table(name = "programme_terms")
@IdClass(ProgrammeTerms.Key.class)
public class ProgrammeTerms {

    public record Key(UUID programmeId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "programme_id")
    UUID programmeId;

    @Id
    int version;

    @Column(nullable = false)
    String organisation;

    @Column(name = "programme_code", nullable = false)
    String programmeCode;

    @Column(nullable = false)
    String kind;

    @Column(name = "valid_from", nullable = false)
    LocalDate validFrom;

    @Column(name = "min_days_per_week", nullable = false)
    int minDaysPerWeek;

    @Column(name = "max_days_per_week", nullable = false)
    int maxDaysPerWeek;

    @Column(name = "minutes_per_day", nullable = false)
    int minutesPerDay;

    @Column(name = "absence_notice_hours", nullable = false)
    int absenceNoticeHours;

    protected ProgrammeTerms() {
    }

    ProgrammeTerms(ParticipantChanges.ProgrammeRulesScheduled rules) {
        programmeId = rules.programmeId();
        version = rules.version();
        organisation = rules.organisation();
        programmeCode = rules.programmeCode();
        kind = rules.kind();
        validFrom = rules.validFrom();
        minDaysPerWeek = rules.minDaysPerWeek();
        maxDaysPerWeek = rules.maxDaysPerWeek();
        minutesPerDay = rules.minutesPerDay();
        absenceNoticeHours = rules.absenceNoticeHours();
    }

    public int absenceNoticeHours() {
        return absenceNoticeHours;
    }

    public String programmeCode() {
        return programmeCode;
    }
}
