package fi.vertaistyo.training.diploma;

import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.training.security.Roles;
import fi.vertaistyo.kit.problem.Ids;
import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Revoking a diploma (coordinators) and verifying one by its code (anyone). */
@Path("/api/training/diplomas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Diplomas")
public class DiplomaResource {

    private final Diplomas diplomas;
    private final CurrentUser user;

    DiplomaResource(Diplomas diplomas, CurrentUser user) {
        this.diplomas = diplomas;
        this.user = user;
    }

    @POST
    @Path("/{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    public DiplomaViews.DiplomaView revoke(@PathParam("id") String id, @Valid @NotNull DiplomaViews.Revoke request) {
        return diplomas.revoke(user.organisation(), Ids.parse(id, "The diploma"), request);
    }

    /**
     * Whether the diploma with this code is valid today. Needs no login and tells nothing else: not
     * whose it is, not why an invalid one is invalid, not whether the code ever existed.
     */
    @GET
    @Path("/verification/{code}")
    @PermitAll
    @SecurityRequirementsSet
    public DiplomaViews.Verification verify(@PathParam("code") String code) {
        return diplomas.verify(code);
    }
}
