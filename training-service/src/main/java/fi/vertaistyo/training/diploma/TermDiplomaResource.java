package fi.vertaistyo.training.diploma;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A term's diplomas and who is eligible; coordinators only. */
@Path("/api/training/terms/{termId}/diplomas")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@Tag(name = "Diplomas")
public class TermDiplomaResource {

    private final Diplomas diplomas;
    private final CurrentUser user;

    TermDiplomaResource(Diplomas diplomas, CurrentUser user) {
        this.diplomas = diplomas;
        this.user = user;
    }

    @GET
    public List<DiplomaViews.DiplomaView> list(@PathParam("termId") String termId) {
        return diplomas.ofTerm(user.organisation(), Ids.parse(termId, "The term"));
    }

    /** Every enrolled participant: attendance rate, latest result per component, eligible or what is missing. */
    @GET
    @Path("/eligibility")
    public List<DiplomaViews.Eligibility> eligibility(@PathParam("termId") String termId) {
        return diplomas.eligibility(user.organisation(), Ids.parse(termId, "The term"));
    }

    /** Awards the diploma (409 with what is missing when the rules are not met) and publishes it. */
    @APIResponseSchema(value = DiplomaViews.DiplomaView.class, responseCode = "201")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response award(@PathParam("termId") String termId, @Valid @NotNull DiplomaViews.Award request) {
        DiplomaViews.DiplomaView awarded = diplomas.award(user.organisation(), Ids.parse(termId, "The term"), request);
        return Response.status(Response.Status.CREATED).entity(awarded).build();
    }
}
