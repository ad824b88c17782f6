package fi.vertaistyo.scheduling.plan;

import fi.vertaistyo.scheduling.plan.PlanRequests.AddShift;
import fi.vertaistyo.scheduling.plan.PlanRequests.CreatePlan;
import fi.vertaistyo.scheduling.plan.PlanRequests.RecurringShifts;
import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.scheduling.security.Roles;
import fi.vertaistyo.kit.problem.DateRange;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Monthly shift plans: draft, shifts by hand or recurring, publish. */
@Path("/api/scheduling/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
@RolesAllowed(Roles.COORDINATOR)
public class PlanResource {

    private final Plans plans;
    private final CurrentUser user;

    PlanResource(Plans plans, CurrentUser user) {
        this.plans = plans;
        this.user = user;
    }

    @APIResponseSchema(value = PlanView.class, responseCode = "201")
    @POST
    public Response create(@Valid @NotNull CreatePlan request) {
        PlanView plan = plans.create(user.organisation(), request);
        return Response.created(URI.create("/api/scheduling/plans/" + plan.id())).entity(plan).build();
    }

    /** {@code month} as YYYY-MM. */
    @GET
    public List<PlanView.Summary> list(@QueryParam("month") String month, @QueryParam("locationId") UUID locationId) {
        return plans.list(user.organisation(), DateRange.month(month), locationId);
    }

    @GET
    @Path("/{id}")
    public PlanView get(@PathParam("id") UUID id) {
        return plans.get(user.organisation(), id);
    }

    @APIResponseSchema(value = PlanView.ShiftView.class, responseCode = "201")
    @POST
    @Path("/{id}/shifts")
    public Response addShift(@PathParam("id") UUID id, @Valid @NotNull AddShift request) {
        PlanView.ShiftView shift = plans.addShift(user.organisation(), id, request, user.userKey());
        return Response.status(Response.Status.CREATED).entity(shift).build();
    }

    @POST
    @Path("/{id}/recurring-shifts")
    public PlanView addRecurring(@PathParam("id") UUID id, @Valid @NotNull RecurringShifts request) {
        return plans.addRecurring(user.organisation(), id, request, user.userKey());
    }

    @POST
    @Path("/{id}/publish")
    public PlanView publish(@PathParam("id") UUID id) {
        return plans.publish(user.organisation(), id, user.userKey());
    }
}
