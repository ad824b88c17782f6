package fi.vertaistyo.participant.pathway;

import fi.vertaistyo.participant.security.Caller;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pathways")
@RolesAllowed(Roles.COORDINATOR)
public class PathwayResource {

    private final Pathways pathways;
    private final CurrentUser user;

    PathwayResource(Pathways pathways, CurrentUser user) {
        this.pathways = pathways;
        this.user = user;
    }

    @APIResponseSchema(value = Pathway.View.class, responseCode = "201")
    @POST
    @Path("/{id}/pathways")
    public Response record(@PathParam("id") UUID id, @NotNull @Valid Pathway.Record request) {
        return Response.status(201).entity(pathways.record(Caller.of(user), id, request)).build();
    }

    @GET
    @Path("/{id}/pathways")
    public List<Pathway.View> list(@PathParam("id") UUID id) {
        return pathways.ofParticipant(Caller.of(user), id);
    }

    @GET
    @Path("/reports/pathways")
    public Pathway.Report report(@QueryParam("programmeId") @NotNull UUID programmeId,
            @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
        return pathways.report(Caller.of(user), programmeId, from, to);
    }
}
