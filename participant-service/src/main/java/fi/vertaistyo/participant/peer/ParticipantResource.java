package fi.vertaistyo.participant.peer;

import fi.vertaistyo.participant.security.CurrentUser;
import fi.vertaistyo.participant.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participants")
public class ParticipantResource {

    private final ParticipantService service;
    private final CurrentUser user;

    ParticipantResource(ParticipantService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    public Response register(@NotNull @Valid RegisterParticipant request, UriInfo uri) {
        ParticipantView created = service.register(user.organisation(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    public ParticipantView get(@PathParam("id") UUID id) {
        return service.get(user.organisation(), id);
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    public ParticipantPage list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return service.list(user.organisation(), page, size);
    }
}
