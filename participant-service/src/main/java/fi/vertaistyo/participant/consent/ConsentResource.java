package fi.vertaistyo.participant.consent;

import fi.vertaistyo.participant.security.Caller;
import fi.vertaistyo.participant.peer.Participants;
import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.participant.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Coordinators record consents for a peer; a peer gives and withdraws their own. */
@Path("/api/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consents")
public class ConsentResource {

    private final Consents consents;
    private final Participants participants;
    private final CurrentUser user;

    ConsentResource(Consents consents, Participants participants, CurrentUser user) {
        this.consents = consents;
        this.participants = participants;
        this.user = user;
    }

    @GET
    @Path("/{id}/consents")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    public List<Consent.View> list(@PathParam("id") UUID id) {
        return consents.list(Caller.of(user), participants.find(Caller.of(user), id).id(), "coordination");
    }

    @POST
    @Path("/{id}/consents")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    public List<Consent.View> give(@PathParam("id") UUID id, @NotNull @Valid Consent.Give request) {
        return consents.give(Caller.of(user), participants.findWritable(Caller.of(user), id).id(), request.purpose());
    }

    @DELETE
    @Path("/{id}/consents/{purpose}")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    public List<Consent.View> withdraw(@PathParam("id") UUID id, @PathParam("purpose") ConsentPurpose purpose) {
        return consents.withdraw(Caller.of(user), participants.find(Caller.of(user), id).id(), purpose);
    }

    @GET
    @Path("/me/consents")
    @RolesAllowed(Roles.PEER)
    @Transactional
    public List<Consent.View> mine() {
        return consents.list(Caller.of(user), participants.own(Caller.of(user)).id(), "own data");
    }

    @POST
    @Path("/me/consents")
    @RolesAllowed(Roles.PEER)
    @Transactional
    public List<Consent.View> giveMine(@NotNull @Valid Consent.Give request) {
        return consents.give(Caller.of(user), participants.own(Caller.of(user)).id(), request.purpose());
    }

    @DELETE
    @Path("/me/consents/{purpose}")
    @RolesAllowed(Roles.PEER)
    @Transactional
    public List<Consent.View> withdrawMine(@PathParam("purpose") ConsentPurpose purpose) {
        return consents.withdraw(Caller.of(user), participants.own(Caller.of(user)).id(), purpose);
    }
}
