package fi.vertaistyo.scheduling.attendance;

import fi.vertaistyo.scheduling.attendance.AttendanceRequests.AttendanceView;
import fi.vertaistyo.scheduling.attendance.AttendanceRequests.ConfirmAttendance;
import fi.vertaistyo.scheduling.attendance.AttendanceRequests.CorrectAttendance;
import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.scheduling.security.Roles;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Attendance: minutes actually worked per peer per shift; every confirmation and correction goes to payouts. */
@Path("/api/scheduling/shifts/{shiftId}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Attendance")
@RolesAllowed(Roles.COORDINATOR)
public class AttendanceResource {

    private final Attendance attendance;
    private final CurrentUser user;

    AttendanceResource(Attendance attendance, CurrentUser user) {
        this.attendance = attendance;
        this.user = user;
    }

    @GET
    public List<AttendanceView> list(@PathParam("shiftId") UUID shiftId) {
        return attendance.list(user.organisation(), shiftId);
    }

    @POST
    public List<AttendanceView> confirm(@PathParam("shiftId") UUID shiftId, @Valid @NotNull ConfirmAttendance request) {
        return attendance.confirm(user.organisation(), shiftId, request, user.userKey());
    }

    @PUT
    @Path("/{participantId}")
    public List<AttendanceView> correct(@PathParam("shiftId") UUID shiftId,
            @PathParam("participantId") UUID participantId, @Valid @NotNull CorrectAttendance request) {
        return attendance.correct(user.organisation(), shiftId, participantId, request.minutes(), request.reason(),
                user.userKey());
    }
}
