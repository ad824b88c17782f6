package fi.vertaistyo.training.attendance;

import fi.vertaistyo.training.security.Roles;
import fi.vertaistyo.kit.problem.Ids;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The roll call of a session: coordinators, and the trainer who teaches it. */
@Path("/api/training/sessions/{id}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.TRAINER})
@Tag(name = "Attendance")
public class AttendanceResource {

    private final SessionAttendances attendances;

    AttendanceResource(SessionAttendances attendances) {
        this.attendances = attendances;
    }

    @GET
    public List<AttendanceRequests.RollEntry> roll(@PathParam("id") String id) {
        return attendances.roll(Ids.parse(id, "The session"));
    }

    /** Records (or corrects) present, late, excused or absent, with a remark, for enrolled participants. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public List<AttendanceRequests.RollEntry> record(@PathParam("id") String id,
            @Valid @NotNull AttendanceRequests.Roll roll) {
        return attendances.record(Ids.parse(id, "The session"), roll);
    }
}
