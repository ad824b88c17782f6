package fi.vertaistyo.training.term;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public final class TermViews {

    private TermViews() {
    }

    public record TermView(UUID id, UUID programmeId, String programme, String qualificationCode, String name,
            LocalDate startsOn, LocalDate endsOn, int capacity, int attendanceThreshold,
            List<ExamComponent> requiredComponents) {

        public static TermView of(Term t) {
            return new TermView(t.id, t.programme.id, t.programme.name, t.programme.qualificationCode, t.name,
                    t.startsOn, t.endsOn, t.capacity, t.attendanceThreshold, t.required().stream().toList());
        }
    }

    /** A session as coordinators, its trainer and its participants see it: no contact details of anyone. */
    public record SessionView(UUID id, UUID termId, String term, SessionKind kind, String moduleCode, String module,
            UUID trainerId, String trainer, Instant startsAt, Instant endsAt, String place, String onlineLink,
            Integer capacity) {

        public static SessionView of(TrainingSession s) {
            String module = s.moduleCode == null ? null : s.term.programme.modules.stream()
                    .filter(m -> m.code.equals(s.moduleCode)).map(m -> m.title).findFirst().orElse(null);
            return new SessionView(s.id, s.term.id, s.term.name, s.kind, s.moduleCode, module, s.trainer.id,
                    s.trainer.name, s.startsAt, s.endsAt, s.place, s.onlineLink, s.capacity);
        }
    }
}
