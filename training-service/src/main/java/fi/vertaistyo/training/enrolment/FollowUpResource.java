package fi.vertaistyo.training.enrolment;

import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.training.security.Roles;
import fi.vertaistyo.kit.problem.DateRange;
import fi.vertaistyo.kit.problem.Ids;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Follow-up meetings six months after the start training; coordinators only. */
@Path("/api/training/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@Tag(name = "Follow-ups")
public class FollowUpResource {

    private final FollowUps followUps;
    private final CurrentUser user;

    FollowUpResource(FollowUps followUps, CurrentUser user) {
        this.followUps = followUps;
        this.user = user;
    }

    /** Follow-ups due between from and to (inclusive, at most three years). */
    @GET
    public List<EnrolmentViews.FollowUpView> due(@QueryParam("from") String from, @QueryParam("to") String to) {
        DateRange range = DateRange.of(from, to, 3 * 366);
        return followUps.due(user.organisation(), range.from(), range.to());
    }

    /** Records the agreed meeting day, the day it was held and a short note. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public EnrolmentViews.FollowUpView update(@PathParam("id") String id,
            @Valid @NotNull EnrolmentViews.FollowUpUpdate update) {
        return followUps.update(user.organisation(), Ids.parse(id, "The follow-up"), update);
    }
}
