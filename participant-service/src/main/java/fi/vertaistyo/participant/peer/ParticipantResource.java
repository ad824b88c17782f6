package fi.vertaistyo.participant.peer;

import fi.vertaistyo.participant.security.Caller;
import fi.vertaistyo.participant.peer.ParticipantRequests.ChangeStatus;
import fi.vertaistyo.participant.peer.ParticipantRequests.LinkAccount;
import fi.vertaistyo.participant.peer.ParticipantRequests.UpdateParticipant;
import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.participant.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participants")
public class ParticipantResource {

    private final Participants service;
    private final CurrentUser user;

    ParticipantResource(Participants service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @APIResponseSchema(value = ParticipantView.class, responseCode = "201")
    @POST
    @RolesAllowed(Roles.COORDINATOR)
    public Response register(@NotNull @Valid RegisterParticipant request, UriInfo uri) {
        ParticipantView created = service.register(Caller.of(user), request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    /** Search text is matched in display and legal names; it is a query parameter only for coordinators' own use. */
    @GET
    @RolesAllowed(Roles.COORDINATOR)
    public ParticipantPage search(@QueryParam("q") @Size(max = 100) String text,
            @QueryParam("status") ParticipantStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return service.search(Caller.of(user), text, status, page, size);
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.PEER)
    public ParticipantView me() {
        return service.ownView(Caller.of(user));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    public ParticipantView get(@PathParam("id") UUID id) {
        return service.get(Caller.of(user), id);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    public ParticipantView update(@PathParam("id") UUID id, @NotNull @Valid UpdateParticipant change) {
        return service.update(Caller.of(user), id, change);
    }

    @GET
    @Path("/{id}/status-history")
    @RolesAllowed(Roles.COORDINATOR)
    public List<StatusChange.View> statusHistory(@PathParam("id") UUID id) {
        return service.statusHistory(Caller.of(user), id);
    }

    @PUT
    @Path("/{id}/status")
    @RolesAllowed(Roles.COORDINATOR)
    public ParticipantView changeStatus(@PathParam("id") UUID id, @NotNull @Valid ChangeStatus change) {
        return service.changeStatus(Caller.of(user), id, change.status());
    }

    @PUT
    @Path("/{id}/account")
    @RolesAllowed(Roles.COORDINATOR)
    public ParticipantView linkAccount(@PathParam("id") UUID id, @NotNull @Valid LinkAccount link) {
        return service.linkAccount(Caller.of(user), user.issuer(), id, link.subject());
    }
}
