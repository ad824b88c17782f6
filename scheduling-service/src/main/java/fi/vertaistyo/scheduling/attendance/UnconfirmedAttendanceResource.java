package fi.vertaistyo.scheduling.attendance;

import fi.vertaistyo.kit.problem.DateRange;
import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.scheduling.attendance.AttendanceRequests.Unconfirmed;
import fi.vertaistyo.scheduling.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What coordinators still have to confirm: started shifts of published plans without attendance. */
@Path("/api/scheduling/attendance/unconfirmed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attendance")
@RolesAllowed(Roles.COORDINATOR)
public class UnconfirmedAttendanceResource {

    private final Attendance attendance;
    private final CurrentUser user;

    UnconfirmedAttendanceResource(Attendance attendance, CurrentUser user) {
        this.attendance = attendance;
        this.user = user;
    }

    @GET
    public List<Unconfirmed> list(@QueryParam("from") String from, @QueryParam("to") String to) {
        DateRange range = DateRange.of(from, to, 366);
        return attendance.unconfirmed(user.organisation(), range.from(), range.to());
    }
}
