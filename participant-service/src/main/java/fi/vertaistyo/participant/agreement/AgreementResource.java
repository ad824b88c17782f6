package fi.vertaistyo.participant.agreement;

import fi.vertaistyo.participant.security.Caller;
import fi.vertaistyo.participant.agreement.AgreementRequests.AcceptRules;
import fi.vertaistyo.participant.agreement.AgreementRequests.CreateAgreement;
import fi.vertaistyo.participant.agreement.AgreementRequests.EndAgreement;
import fi.vertaistyo.participant.agreement.AgreementRequests.RenewAgreement;
import fi.vertaistyo.participant.agreement.AgreementRequests.SignConfidentiality;
import fi.vertaistyo.participant.peer.Participants;
import fi.vertaistyo.kit.security.CurrentUser;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements")
public class AgreementResource {

    private final Agreements agreements;
    private final Participants participants;
    private final CurrentUser user;

    AgreementResource(Agreements agreements, Participants participants, CurrentUser user) {
        this.agreements = agreements;
        this.participants = participants;
        this.user = user;
    }

    @APIResponseSchema(value = AgreementView.class, responseCode = "201")
    @POST
    @Path("/{id}/agreements")
    @RolesAllowed(Roles.COORDINATOR)
    public Response create(@PathParam("id") UUID id, @NotNull @Valid CreateAgreement request) {
        return Response.status(201).entity(agreements.create(Caller.of(user), id, request)).build();
    }

    @GET
    @Path("/{id}/agreements")
    @RolesAllowed(Roles.COORDINATOR)
    public List<AgreementView> list(@PathParam("id") UUID id) {
        return agreements.ofParticipant(Caller.of(user), id, "coordination");
    }

    @GET
    @Path("/me/agreements")
    @RolesAllowed(Roles.PEER)
    public List<AgreementView> mine() {
        return agreements.ofParticipant(Caller.of(user), participants.own(Caller.of(user)).id(), "own data");
    }

    @POST
    @Path("/{id}/agreements/{agreementId}/confidentiality")
    @RolesAllowed(Roles.COORDINATOR)
    public AgreementView signConfidentiality(@PathParam("id") UUID id, @PathParam("agreementId") UUID agreementId,
            @NotNull @Valid SignConfidentiality request) {
        return agreements.signConfidentiality(Caller.of(user), id, agreementId, request.signedOn());
    }

    @POST
    @Path("/{id}/agreements/{agreementId}/rules-acceptance")
    @RolesAllowed(Roles.COORDINATOR)
    public AgreementView acceptRules(@PathParam("id") UUID id, @PathParam("agreementId") UUID agreementId,
            @NotNull @Valid AcceptRules request) {
        return agreements.acceptRules(Caller.of(user), id, agreementId, request);
    }

    @POST
    @Path("/{id}/agreements/{agreementId}/end")
    @RolesAllowed(Roles.COORDINATOR)
    public AgreementView end(@PathParam("id") UUID id, @PathParam("agreementId") UUID agreementId,
            @NotNull @Valid EndAgreement request) {
        return agreements.end(Caller.of(user), id, agreementId, request);
    }

    @APIResponseSchema(value = AgreementView.class, responseCode = "201")
    @POST
    @Path("/{id}/agreements/{agreementId}/renewal")
    @RolesAllowed(Roles.COORDINATOR)
    public Response renew(@PathParam("id") UUID id, @PathParam("agreementId") UUID agreementId,
            @NotNull @Valid RenewAgreement request) {
        return Response.status(201).entity(agreements.renew(Caller.of(user), id, agreementId, request)).build();
    }

    /** Current participants (not alumni) with no agreement in force today, by display name. */
    @GET
    @Path("/agreements/missing")
    @RolesAllowed(Roles.COORDINATOR)
    public List<MissingAgreement> missing() {
        return agreements.missing(Caller.of(user));
    }

    @GET
    @Path("/agreements/ending")
    @RolesAllowed(Roles.COORDINATOR)
    public List<EndingAgreement> ending(@QueryParam("withinDays") @DefaultValue("30") @Min(0) @Max(366) int withinDays) {
        return agreements.ending(Caller.of(user), withinDays);
    }
}
