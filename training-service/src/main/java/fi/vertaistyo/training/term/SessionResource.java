package fi.vertaistyo.training.term;

import fi.vertaistyo.training.security.Roles;
import fi.vertaistyo.kit.problem.DateRange;
import fi.vertaistyo.kit.problem.Ids;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sessions: coordinators see their organisation's, a trainer the ones they teach. */
@Path("/api/training/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Terms and sessions")
public class SessionResource {

    private final Sessions sessions;

    SessionResource(Sessions sessions) {
        this.sessions = sessions;
    }

    /** The organisation's sessions and exams of every term between from and to (Helsinki dates), for the calendar. */
    @GET
    @RolesAllowed(Roles.COORDINATOR)
    public List<TermViews.SessionView> between(@QueryParam("from") String from, @QueryParam("to") String to) {
        DateRange range = DateRange.of(from, to, 62);
        return sessions.ofOrganisationBetween(range.from(), range.to());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.TRAINER})
    @Transactional
    public TermViews.SessionView get(@PathParam("id") String id) {
        return TermViews.SessionView.of(sessions.forCaller(Ids.parse(id, "The session")));
    }
}
