package fi.vertaistyo.scheduling.mine;

import fi.vertaistyo.scheduling.absence.AbsenceViews.OwnAbsence;
import fi.vertaistyo.scheduling.absence.AbsenceViews.ReportAbsence;
import fi.vertaistyo.scheduling.calendar.ICalendar;
import fi.vertaistyo.scheduling.feedback.FeedbackViews.GiveFeedback;
import fi.vertaistyo.scheduling.feedback.FeedbackViews.Given;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Peer self-service: my shifts and calendar, open shifts, sign-up, swap, absence, feedback. */
@Path("/api/scheduling/my")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "My shifts")
@RolesAllowed(Roles.PEER)
public class MyShiftsResource {

    static final int MAX_DAYS = 366;
    static final int MAX_OPEN_DAYS = 62;

    private final MyShifts mine;
    private final CurrentUser user;

    MyShiftsResource(MyShifts mine, CurrentUser user) {
        this.mine = mine;
        this.user = user;
    }

    @GET
    @Path("/shifts")
    public List<MyShift> shifts(@QueryParam("from") String from, @QueryParam("to") String to) {
        return mine.shifts(user.organisation(), user.userKey(), DateRange.of(from, to, MAX_DAYS));
    }

    @GET
    @Path("/shifts.ics")
    @Produces(ICalendar.MEDIA_TYPE)
    public String calendar(@QueryParam("from") String from, @QueryParam("to") String to) {
        return mine.calendar(user.organisation(), user.userKey(), DateRange.of(from, to, MAX_DAYS));
    }

    @GET
    @Path("/open-shifts")
    public List<MyShift.Open> open(@QueryParam("from") String from, @QueryParam("to") String to) {
        return mine.open(user.organisation(), user.userKey(), DateRange.of(from, to, MAX_OPEN_DAYS));
    }

    @POST
    @Path("/shifts/{shiftId}/sign-up")
    public MyShift signUp(@PathParam("shiftId") UUID shiftId) {
        return mine.signUp(user.organisation(), user.userKey(), shiftId);
    }

    @POST
    @Path("/shifts/{shiftId}/swap-offer")
    public MyShift offerSwap(@PathParam("shiftId") UUID shiftId) {
        return mine.offerSwap(user.organisation(), user.userKey(), shiftId);
    }

    @APIResponseSchema(value = OwnAbsence.class, responseCode = "201")
    @POST
    @Path("/shifts/{shiftId}/absence")
    public Response reportAbsence(@PathParam("shiftId") UUID shiftId, @Valid @NotNull ReportAbsence request) {
        OwnAbsence absence = mine.reportAbsence(user.organisation(), user.userKey(), shiftId, request.reason());
        return Response.status(Response.Status.CREATED).entity(absence).build();
    }

    @APIResponseSchema(value = Given.class, responseCode = "201")
    @POST
    @Path("/shifts/{shiftId}/feedback")
    public Response feedback(@PathParam("shiftId") UUID shiftId, @Valid @NotNull GiveFeedback form) {
        Given given = mine.giveFeedback(user.organisation(), user.userKey(), shiftId, form);
        return Response.status(Response.Status.CREATED).entity(given).build();
    }
}
