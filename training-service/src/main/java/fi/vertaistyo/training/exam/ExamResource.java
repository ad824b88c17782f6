package fi.vertaistyo.training.exam;

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

/** Results of an exam session: coordinators, and the trainer who holds it. */
@Path("/api/training/sessions/{id}/exam-results")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.TRAINER})
@Tag(name = "Exams")
public class ExamResource {

    private final ExamResults results;

    ExamResource(ExamResults results) {
        this.results = results;
    }

    @GET
    public List<ExamViews.ResultView> list(@PathParam("id") String id) {
        return results.ofSession(Ids.parse(id, "The session"));
    }

    /** Records (or corrects) one component's result: pass or fail, an optional score, the examiner. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ExamViews.ResultView record(@PathParam("id") String id, @Valid @NotNull ExamViews.NewResult request) {
        return results.record(Ids.parse(id, "The session"), request);
    }
}
