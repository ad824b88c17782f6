package fi.vertaistyo.training.programme;

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

/** Training programmes and their curricula; coordinators manage them, trainers read them. */
@Path("/api/training/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes")
public class ProgrammeResource {

    private final Programmes programmes;
    private final CurrentUser user;

    ProgrammeResource(Programmes programmes, CurrentUser user) {
        this.programmes = programmes;
        this.user = user;
    }

    @APIResponseSchema(value = ProgrammeView.class, responseCode = "201")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    public Response create(@Valid @NotNull ProgrammeRequests.NewProgramme request) {
        ProgrammeView created = programmes.create(user.organisation(), request);
        return Response.created(URI.create("/api/training/programmes/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.TRAINER})
    public List<ProgrammeView> list() {
        return programmes.list(user.organisation());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.TRAINER})
    public ProgrammeView get(@PathParam("id") String id) {
        return programmes.view(user.organisation(), Ids.parse(id, "The programme"));
    }
}
