package fi.vertaistyo.training.gathering;

import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.training.security.Roles;
import fi.vertaistyo.kit.problem.DateRange;
import fi.vertaistyo.kit.problem.Ids;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Year;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Development days, recreation days and supervision; coordinators. Peers sign up under /my. */
@Path("/api/training/gatherings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@Tag(name = "Development, recreation and supervision")
public class GatheringResource {

    private final Gatherings gatherings;
    private final CurrentUser user;

    GatheringResource(Gatherings gatherings, CurrentUser user) {
        this.gatherings = gatherings;
        this.user = user;
    }

    @APIResponseSchema(value = GatheringViews.GatheringView.class, responseCode = "201")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull GatheringViews.NewGathering request) {
        GatheringViews.GatheringView created = gatherings.create(user.organisation(), request);
        return Response.created(URI.create("/api/training/gatherings/" + created.id())).entity(created).build();
    }

    /** Gatherings starting between from and to (inclusive, at most 400 days). */
    @GET
    public List<GatheringViews.GatheringView> between(@QueryParam("from") String from, @QueryParam("to") String to) {
        DateRange range = DateRange.of(from, to, 400);
        return gatherings.between(user.organisation(), range.from(), range.to(), null);
    }

    @GET
    @Path("/{id}")
    public GatheringViews.GatheringView get(@PathParam("id") String id) {
        return gatherings.view(user.organisation(), Ids.parse(id, "The gathering"));
    }

    @GET
    @Path("/{id}/signups")
    public List<GatheringViews.SignupView> signups(@PathParam("id") String id) {
        return gatherings.signups(user.organisation(), Ids.parse(id, "The gathering"));
    }

    @POST
    @Path("/{id}/signups")
    @Consumes(MediaType.APPLICATION_JSON)
    public GatheringViews.SignupView signUp(@PathParam("id") String id, @Valid @NotNull GatheringViews.SignUp request) {
        return gatherings.signUp(user.organisation(), Ids.parse(id, "The gathering"), request.participantId());
    }

    @PUT
    @Path("/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<GatheringViews.SignupView> attendance(@PathParam("id") String id,
            @Valid @NotNull GatheringViews.Roll roll) {
        return gatherings.recordAttendance(user.organisation(), Ids.parse(id, "The gathering"), roll);
    }

    /** Whether the year has its two development days and every term ending in it a closing one. */
    @GET
    @Path("/development-days")
    public GatheringViews.DevelopmentDayCheck developmentDays(@QueryParam("year") String year) {
        return gatherings.developmentDays(user.organisation(), year(year));
    }

    private static int year(String value) {
        try {
            int year = Year.parse(value == null ? "" : value).getValue();
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (java.time.format.DateTimeParseException e) {
            // answered below
        }
        throw new fi.vertaistyo.kit.problem.ProblemException(400, "Invalid request", "Give the year as year=YYYY.");
    }
}
