package fi.vertaistyo.training.term;

import fi.vertaistyo.training.security.Roles;
import fi.vertaistyo.kit.problem.Ids;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One session: coordinators of its organisation, and the trainer who teaches it. */
@Path("/api/training/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Terms and sessions")
public class SessionResource {

    private final Sessions sessions;

    SessionResource(Sessions sessions) {
        this.sessions = sessions;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.TRAINER})
    @Transactional
    public TermViews.SessionView get(@PathParam("id") String id) {
        return TermViews.SessionView.of(sessions.forCaller(Ids.parse(id, "The session")));
    }
}
