package fi.vertaistyo.scheduling.absence;

import fi.vertaistyo.scheduling.absence.AbsenceViews.AbsenceView;
import fi.vertaistyo.scheduling.absence.AbsenceViews.RecordAbsence;
import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.scheduling.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A coordinator records an absence they were told about. Its own resource class: JAX-RS matches the
 * most specific class path first, so this path must not hide under another class's prefix.
 */
@Path("/api/scheduling/shifts/{shiftId}/absences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Absences")
@RolesAllowed(Roles.COORDINATOR)
public class ShiftAbsenceResource {

    private final Absences absences;
    private final CurrentUser user;

    ShiftAbsenceResource(Absences absences, CurrentUser user) {
        this.absences = absences;
        this.user = user;
    }

    @APIResponseSchema(value = AbsenceView.class, responseCode = "201")
    @POST
    public Response record(@PathParam("shiftId") UUID shiftId, @Valid @NotNull RecordAbsence request) {
        return Response.status(Response.Status.CREATED)
                .entity(absences.record(user.organisation(), shiftId, request, user.userKey())).build();
    }
}
