package fi.vertaistyo.scheduling.deskduty;

import fi.vertaistyo.scheduling.calendar.ICalendar;
import fi.vertaistyo.scheduling.feedback.Feedback;
import fi.vertaistyo.scheduling.feedback.FeedbackViews.DeskCounts;
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
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The partner API: a partner agency's staff (or its system, with client credentials) read who is on
 * desk duty at their own desks, and the feedback counts of those desks. The agency comes from the
 * token; another agency's desk is answered with 404.
 */
@Path("/api/scheduling/partner")
@Tag(name = "Partner")
@RolesAllowed(Roles.PARTNER)
public class PartnerResource {

    static final int MAX_DAYS = 366;

    private final DeskDutySchedule schedule;
    private final DeskDutyAnswers answers;
    private final Feedback feedback;
    private final CurrentUser user;
    private final Clock clock;

    PartnerResource(DeskDutySchedule schedule, DeskDutyAnswers answers, Feedback feedback, CurrentUser user,
            Clock clock) {
        this.schedule = schedule;
        this.answers = answers;
        this.feedback = feedback;
        this.user = user;
        this.clock = clock;
    }

    @GET
    @Path("/desks")
    @Produces(MediaType.APPLICATION_JSON)
    public List<PartnerDesk> desks() {
        return schedule.desks(user.organisation(), user.agency());
    }

    @GET
    @Path("/desk-duty")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The duties, ordered by date and start",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = DeskDuty.class)))
    public byte[] deskDuty(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("deskId") UUID deskId) {
        DateRange range = checked(from, to, deskId);
        return answers.json(user.organisation(), user.agency(), range.from(), range.to(), deskId);
    }

    @GET
    @Path("/desk-duty.ics")
    @Produces(ICalendar.MEDIA_TYPE)
    public String deskDutyCalendar(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("deskId") UUID deskId) {
        return DeskDutySchedule.calendar(duties(from, to, deskId), clock.instant());
    }

    @GET
    @Path("/feedback")
    @Produces(MediaType.APPLICATION_JSON)
    public List<DeskCounts> feedback(@QueryParam("month") String month) {
        YearMonth parsed = DateRange.month(month);
        if (parsed == null) {
            throw new ProblemException(400, "Invalid request", "Give the month as month=YYYY-MM.");
        }
        return feedback.forAgency(user.organisation(), user.agency(), parsed);
    }

    private List<DeskDuty> duties(String from, String to, UUID deskId) {
        DateRange range = checked(from, to, deskId);
        return schedule.forAgency(user.organisation(), user.agency(), range.from(), range.to(), deskId);
    }

    private DateRange checked(String from, String to, UUID deskId) {
        DateRange range = DateRange.of(from, to, MAX_DAYS);
        if (deskId != null && !schedule.isAgencyDesk(user.organisation(), user.agency(), deskId)) {
            throw ProblemException.notFound("Desk");
        }
        return range;
    }
}
