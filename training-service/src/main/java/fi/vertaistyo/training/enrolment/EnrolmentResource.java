package fi.vertaistyo.training.enrolment;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Enrolment in a term and its waiting list; coordinators only. */
@Path("/api/training/terms/{termId}/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@Tag(name = "Enrolment")
public class EnrolmentResource {

    private final Enrolments enrolments;
    private final CurrentUser user;

    EnrolmentResource(Enrolments enrolments, CurrentUser user) {
        this.enrolments = enrolments;
        this.user = user;
    }

    /** Enrols the participant, or puts them at the end of the waiting list when the term is full. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public EnrolmentViews.EnrolmentView enrol(@PathParam("termId") String termId, @Valid @NotNull EnrolmentViews.Enrol request) {
        return enrolments.enrol(user.organisation(), Ids.parse(termId, "The term"), request.participantId());
    }

    @GET
    public List<EnrolmentViews.EnrolmentView> list(@PathParam("termId") String termId) {
        return enrolments.list(user.organisation(), Ids.parse(termId, "The term"));
    }

    /** Withdraws the enrolment; a freed place goes to the first in line. */
    @POST
    @Path("/{id}/withdrawal")
    public EnrolmentViews.EnrolmentView withdraw(@PathParam("termId") String termId, @PathParam("id") String id) {
        return enrolments.withdraw(user.organisation(), Ids.parse(termId, "The term"), Ids.parse(id, "The enrolment"));
    }
}
