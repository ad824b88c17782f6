package fi.vertaistyo.training.diploma;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vertaistyo.training.attendance.AttendanceRequests.Rate;
import fi.vertaistyo.training.exam.ExamViews.Latest;
import fi.vertaistyo.training.term.ExamComponent;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiplomaRuleTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    static final Map<ExamComponent, Latest> ALL_PASSED = Map.of(
            ExamComponent.ORAL, new Latest(true, DAY), ExamComponent.WRITTEN, new Latest(true, DAY),
            ExamComponent.FORMS, new Latest(true, DAY), ExamComponent.PRACTICAL, new Latest(true, DAY));

    @Test
    void eightyPercentAttendanceIsEnoughAndSeventyNineIsNot() {
        assertThat(DiplomaRule.decide(Rate.of(80, 100), 80, EnumSet.allOf(ExamComponent.class), ALL_PASSED).eligible())
                .isTrue();
        DiplomaRule.Decision at79 = DiplomaRule.decide(Rate.of(79, 100), 80, EnumSet.allOf(ExamComponent.class), ALL_PASSED);
        assertThat(at79.eligible()).isFalse();
        assertThat(at79.unmet()).containsExactly("attendance 79/100 is below 80 %");
    }

    @Test
    void attendanceIsComparedExactlyNotRounded() {
        // 15 of 19 is 78.9 %, 19 of 24 is 79.2 %: both below 80 % though they would round to 79 and 80 of 99 to 81
        assertThat(Rate.of(15, 19).reaches(80)).isFalse();
        assertThat(Rate.of(19, 24).reaches(80)).isFalse();
        assertThat(Rate.of(4, 5).reaches(80)).isTrue();
        assertThat(Rate.of(19, 24).percent()).isEqualTo(79);
    }

    @Test
    void withoutAnyHeldSessionThereIsNoDiploma() {
        DiplomaRule.Decision decision = DiplomaRule.decide(Rate.of(0, 0), 80, EnumSet.allOf(ExamComponent.class), ALL_PASSED);
        assertThat(decision.eligible()).isFalse();
        assertThat(decision.unmet()).containsExactly("no teaching session has been held yet");
        assertThat(Rate.of(0, 0).percent()).isNull();
    }

    @Test
    void everyRequiredComponentMustBePassedAndOnlyTheRequiredOnes() {
        Map<ExamComponent, Latest> results = Map.of(ExamComponent.ORAL, new Latest(true, DAY),
                ExamComponent.WRITTEN, new Latest(false, DAY));
        DiplomaRule.Decision all = DiplomaRule.decide(Rate.of(10, 10), 80, EnumSet.allOf(ExamComponent.class), results);
        assertThat(all.unmet()).containsExactly("WRITTEN not passed", "FORMS not taken", "PRACTICAL not taken");

        DiplomaRule.Decision oralOnly = DiplomaRule.decide(Rate.of(10, 10), 80, EnumSet.of(ExamComponent.ORAL), results);
        assertThat(oralOnly.eligible()).isTrue();
    }
}
