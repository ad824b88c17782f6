package fi.vertaistyo.scheduling.plan;

import fi.vertaistyo.scheduling.plan.PlanRequests.Assign;
import fi.vertaistyo.scheduling.plan.PlanRequests.CancelShift;
import fi.vertaistyo.scheduling.plan.PlanRequests.ChangeShift;
import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.scheduling.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A coordinator's changes to one shift: time, cancellation, who is on it, and the change history. */
@Path("/api/scheduling/shifts/{shiftId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Shifts")
@RolesAllowed(Roles.COORDINATOR)
public class ShiftResource {

    private final Plans plans;
    private final Assignments assignments;
    private final CurrentUser user;

    ShiftResource(Plans plans, Assignments assignments, CurrentUser user) {
        this.plans = plans;
        this.assignments = assignments;
        this.user = user;
    }

    @PUT
    public PlanView.ShiftView change(@PathParam("shiftId") UUID shiftId, @Valid @NotNull ChangeShift request) {
        return plans.change(user.organisation(), shiftId, request, user.userKey());
    }

    @POST
    @Path("/cancel")
    public PlanView.ShiftView cancel(@PathParam("shiftId") UUID shiftId, @Valid @NotNull CancelShift request) {
        return plans.cancel(user.organisation(), shiftId, request, user.userKey());
    }

    @POST
    @Path("/assignments")
    public PlanView.ShiftView assign(@PathParam("shiftId") UUID shiftId, @Valid @NotNull Assign request) {
        return assignments.assign(user.organisation(), shiftId, request.participantId(), request.reason(),
                user.userKey());
    }

    @DELETE
    @Path("/assignments/{participantId}")
    public PlanView.ShiftView unassign(@PathParam("shiftId") UUID shiftId,
            @PathParam("participantId") UUID participantId,
            @QueryParam("reason") @Size(max = 500) String reason) {
        return assignments.unassign(user.organisation(), shiftId, participantId, reason, user.userKey());
    }

    /** Who could take this shift, and why not for those the rules would refuse (asked before trying). */
    @GET
    @Path("/candidates")
    public List<PlanView.Candidate> candidates(@PathParam("shiftId") UUID shiftId) {
        return assignments.candidates(user.organisation(), shiftId);
    }

    @GET
    @Path("/changes")
    public List<PlanView.ChangeView> changes(@PathParam("shiftId") UUID shiftId) {
        return plans.changes(user.organisation(), shiftId);
    }
}
