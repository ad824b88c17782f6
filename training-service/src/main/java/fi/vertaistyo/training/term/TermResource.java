package fi.vertaistyo.training.term;

import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.training.security.Roles;
import fi.vertaistyo.kit.problem.Ids;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Terms (cohorts) and their session calendar; coordinators only. Trainers see their own sessions under /my. */
@Path("/api/training/terms")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@Tag(name = "Terms and sessions")
public class TermResource {

    private final Terms terms;
    private final CurrentUser user;

    TermResource(Terms terms, CurrentUser user) {
        this.terms = terms;
        this.user = user;
    }

    @APIResponseSchema(value = TermViews.TermView.class, responseCode = "201")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull TermRequests.NewTerm request) {
        TermViews.TermView created = terms.create(user.organisation(), request);
        return Response.created(URI.create("/api/training/terms/" + created.id())).entity(created).build();
    }

    @GET
    public List<TermViews.TermView> list() {
        return terms.list(user.organisation());
    }

    @GET
    @Path("/{id}")
    public TermViews.TermView get(@PathParam("id") String id) {
        return terms.view(user.organisation(), Ids.parse(id, "The term"));
    }

    @APIResponseSchema(value = TermViews.SessionView.class, responseCode = "201")
    @POST
    @Path("/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addSession(@PathParam("id") String id, @Valid @NotNull TermRequests.NewSession request) {
        TermViews.SessionView created = terms.addSession(user.organisation(), Ids.parse(id, "The term"), request);
        return Response.created(URI.create("/api/training/sessions/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}/sessions")
    public List<TermViews.SessionView> sessions(@PathParam("id") String id) {
        return terms.sessions(user.organisation(), Ids.parse(id, "The term"));
    }
}
