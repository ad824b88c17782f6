package fi.vertaistyo.training.feedback;

import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.training.security.Roles;
import fi.vertaistyo.kit.problem.Ids;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The summary of a term's course feedback; coordinators. Peers answer under /my. */
@Path("/api/training/terms/{termId}/feedback")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@Tag(name = "Course feedback")
public class FeedbackResource {

    private final CourseFeedbacks feedback;
    private final CurrentUser user;

    FeedbackResource(CourseFeedbacks feedback, CurrentUser user) {
        this.feedback = feedback;
        this.user = user;
    }

    @GET
    public FeedbackViews.Summary summary(@PathParam("termId") String termId) {
        return feedback.summary(user.organisation(), Ids.parse(termId, "The term"));
    }
}
