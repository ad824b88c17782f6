package fi.vertaistyo.training.feedback;

import fi.vertaistyo.kit.time.Helsinki;
import fi.vertaistyo.training.enrolment.Enrolments;
import fi.vertaistyo.training.term.Term;
import fi.vertaistyo.training.term.Terms;
import fi.vertaistyo.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.ToIntFunction;

/** The short course-feedback form of a term: one anonymous answer per enrolled participant. */
@ApplicationScoped
public class CourseFeedbacks {

    static final int MINIMUM_RESPONSES = 3;

    private final Terms terms;
    private final Enrolments enrolments;
    private final Clock clock;

    CourseFeedbacks(Terms terms, Enrolments enrolments, Clock clock) {
        this.terms = terms;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    @Transactional
    public void give(String organisation, UUID termId, UUID participantId, FeedbackViews.Form form) {
        Term term = terms.inOrganisation(organisation, termId);
        if (!enrolments.isEnrolled(term, participantId)) {
            throw ProblemException.notFound("The term");
        }
        if (FeedbackGiven.findById(new FeedbackGiven.Key(termId, participantId)) != null) {
            throw ProblemException.refused("Already answered", "FEEDBACK_ALREADY_GIVEN",
                    "You have already given feedback on this term.");
        }
        // Who answered and what was answered are kept apart: the answer cannot be traced to the person.
        FeedbackGiven.by(termId, participantId, clock.instant()).persist();
        CourseFeedback.anonymous(termId, form, Helsinki.today(clock)).persist();
    }

    @Transactional
    public FeedbackViews.Summary summary(String organisation, UUID termId) {
        terms.inOrganisation(organisation, termId);
        List<CourseFeedback> answers = CourseFeedback.list("termId", termId);
        if (answers.size() < MINIMUM_RESPONSES) {
            return new FeedbackViews.Summary(answers.size(), MINIMUM_RESPONSES, null, null, null, null, null);
        }
        Map<Integer, Integer> distribution = new TreeMap<>();
        for (int rating = 1; rating <= 5; rating++) {
            distribution.put(rating, 0);
        }
        answers.forEach(a -> distribution.merge(a.overall, 1, Integer::sum));
        List<String> comments = new java.util.ArrayList<>(answers.stream().map(a -> a.comment)
                .filter(c -> c != null).toList());
        Collections.shuffle(comments);
        return new FeedbackViews.Summary(answers.size(), MINIMUM_RESPONSES, average(answers, a -> a.overall),
                average(answers, a -> a.content), average(answers, a -> a.trainers), distribution, comments);
    }

    private static double average(List<CourseFeedback> answers, ToIntFunction<CourseFeedback> rating) {
        return Math.round(answers.stream().mapToInt(rating).average().orElse(0) * 10) / 10.0;
    }
}
