package fi.vertaistyo.participant.programme;

import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.participant.security.Roles;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/participants/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class ProgrammeResource {

    private final Programmes service;
    private final CurrentUser user;

    ProgrammeResource(Programmes service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @APIResponseSchema(value = ProgrammeView.class, responseCode = "201")
    @POST
    public Response create(@NotNull @Valid CreateProgramme request, UriInfo uri) {
        ProgrammeView created = service.create(user.organisation(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    public List<ProgrammeView> list() {
        return service.list(user.organisation());
    }

    @GET
    @Path("/{programmeId}")
    public ProgrammeView get(@PathParam("programmeId") UUID programmeId) {
        return service.view(user.organisation(), programmeId);
    }

    @POST
    @Path("/{programmeId}/rules")
    public ProgrammeView scheduleRules(@PathParam("programmeId") UUID programmeId,
            @NotNull @Valid ProgrammeRulesInput rules) {
        return service.scheduleRules(user.organisation(), programmeId, rules);
    }
}
