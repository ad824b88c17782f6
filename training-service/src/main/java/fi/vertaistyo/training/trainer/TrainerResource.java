package fi.vertaistyo.training.trainer;

import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.training.security.Roles;
import fi.vertaistyo.kit.problem.Ids;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Recruited trainers; their contact details are for coordinators only. */
@Path("/api/training/trainers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@Tag(name = "Trainers")
public class TrainerResource {

    private final Trainers trainers;
    private final CurrentUser user;

    TrainerResource(Trainers trainers, CurrentUser user) {
        this.trainers = trainers;
        this.user = user;
    }

    @APIResponseSchema(value = TrainerView.class, responseCode = "201")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull TrainerRequests.NewTrainer request) {
        TrainerView created = trainers.create(user.organisation(), request);
        return Response.created(URI.create("/api/training/trainers/" + created.id())).entity(created).build();
    }

    @GET
    public List<TrainerView> list() {
        return trainers.list(user.organisation());
    }

    @GET
    @Path("/{id}")
    public TrainerView get(@PathParam("id") String id) {
        return trainers.view(user.organisation(), Ids.parse(id, "The trainer"));
    }

    /** A one-time code the trainer types after signing in, to link their own login (shown once, valid a week). */
    @APIResponseSchema(value = TrainerRequests.LinkCodeView.class, responseCode = "201")
    @POST
    @Path("/{id}/link-code")
    public Response newLinkCode(@PathParam("id") String id) {
        return Response.status(Response.Status.CREATED)
                .entity(trainers.newLinkCode(user.organisation(), Ids.parse(id, "The trainer"))).build();
    }

    @PUT
    @Path("/{id}/account")
    @Consumes(MediaType.APPLICATION_JSON)
    public TrainerView linkAccount(@PathParam("id") String id, @Valid @NotNull TrainerRequests.LinkAccount link) {
        return trainers.linkAccount(user.organisation(), Ids.parse(id, "The trainer"), user.issuer(), link.subject());
    }
}
