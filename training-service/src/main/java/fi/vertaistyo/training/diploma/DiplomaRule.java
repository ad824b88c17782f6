package fi.vertaistyo.training.diploma;

import fi.vertaistyo.training.attendance.AttendanceRequests.Rate;
import fi.vertaistyo.training.exam.ExamViews.Latest;
import fi.vertaistyo.training.term.ExamComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a diploma may be awarded: every component the term requires passed (the latest attempt
 * counts, so a failure retaken and passed is a pass) and attendance at or above the term's threshold.
 */
public final class DiplomaRule {

    private DiplomaRule() {
    }

    /** @param unmet what is missing, in words a coordinator can act on; empty when eligible */
    public record Decision(boolean eligible, List<String> unmet) {
    }

    public static Decision decide(Rate attendance, int thresholdPercent, Set<ExamComponent> required,
            Map<ExamComponent, Latest> latest) {
        List<String> unmet = new ArrayList<>();
        if (!attendance.reaches(thresholdPercent)) {
            unmet.add(attendance.held() == 0 ? "no teaching session has been held yet"
                    : "attendance " + attendance.attended() + "/" + attendance.held() + " is below " + thresholdPercent + " %");
        }
        for (ExamComponent component : ExamComponent.values()) {
            if (!required.contains(component)) {
                continue;
            }
            Latest result = latest.get(component);
            if (result == null) {
                unmet.add(component + " not taken");
            } else if (!result.passed()) {
                unmet.add(component + " not passed");
            }
        }
        return new Decision(unmet.isEmpty(), List.copyOf(unmet));
    }
}
