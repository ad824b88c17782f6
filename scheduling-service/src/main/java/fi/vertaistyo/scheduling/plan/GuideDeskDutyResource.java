package fi.vertaistyo.scheduling.plan;

import fi.vertaistyo.kit.problem.DateRange;
import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.scheduling.plan.GuideDeskDuties.GuideDeskDuty;
import fi.vertaistyo.scheduling.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A guide's desk duties for the coordinator: what revoking the guide's diploma would affect. */
@Path("/api/scheduling/peers/{participantId}/desk-duties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Peers")
@RolesAllowed(Roles.COORDINATOR)
public class GuideDeskDutyResource {

    static final int MAX_DAYS = 366;

    private final GuideDeskDuties duties;
    private final CurrentUser user;

    GuideDeskDutyResource(GuideDeskDuties duties, CurrentUser user) {
        this.duties = duties;
        this.user = user;
    }

    @GET
    public List<GuideDeskDuty> list(@PathParam("participantId") UUID participantId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return duties.of(user.organisation(), participantId, DateRange.of(from, to, MAX_DAYS));
    }
}
