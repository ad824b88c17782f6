package fi.vertaistyo.scheduling.absence;

import fi.vertaistyo.scheduling.absence.AbsenceViews.AbsenceView;
import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.scheduling.security.Roles;
import fi.vertaistyo.kit.problem.DateRange;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Absences of the organisation's shifts as coordinators read them, reasons included. */
@Path("/api/scheduling/absences")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Absences")
@RolesAllowed(Roles.COORDINATOR)
public class AbsenceResource {

    private final Absences absences;
    private final CurrentUser user;

    AbsenceResource(Absences absences, CurrentUser user) {
        this.absences = absences;
        this.user = user;
    }

    @GET
    public List<AbsenceView> list(@QueryParam("from") String from, @QueryParam("to") String to) {
        DateRange range = DateRange.of(from, to, 366);
        return absences.list(user.organisation(), range.from(), range.to());
    }
}
