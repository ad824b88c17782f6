package fi.vertaistyo.scheduling.feedback;

import fi.vertaistyo.scheduling.feedback.FeedbackViews.LocationIndicators;
import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.scheduling.security.Roles;
import fi.vertaistyo.kit.problem.DateRange;
import fi.vertaistyo.kit.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Shift-feedback indicators per location and month, for coordinators. */
@Path("/api/scheduling/feedback/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback")
public class FeedbackResource {

    private final Feedback feedback;
    private final CurrentUser user;

    FeedbackResource(Feedback feedback, CurrentUser user) {
        this.feedback = feedback;
        this.user = user;
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    public List<LocationIndicators> indicators(@QueryParam("month") String month) {
        return feedback.indicators(user.organisation(), required(month));
    }

    static YearMonth required(String month) {
        YearMonth parsed = DateRange.month(month);
        if (parsed == null) {
            throw new ProblemException(400, "Invalid request", "Give the month as month=YYYY-MM.");
        }
        return parsed;
    }
}
