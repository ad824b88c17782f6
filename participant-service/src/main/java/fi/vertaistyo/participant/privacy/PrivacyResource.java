package fi.vertaistyo.participant.privacy;

import fi.vertaistyo.participant.security.CurrentUser;
import fi.vertaistyo.participant.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data subject rights")
public class PrivacyResource {

    private final PrivacyService privacy;
    private final CurrentUser user;

    PrivacyResource(PrivacyService privacy, CurrentUser user) {
        this.privacy = privacy;
        this.user = user;
    }

    @GET
    @Path("/{id}/export")
    @RolesAllowed(Roles.COORDINATOR)
    public DataExport export(@PathParam("id") UUID id) {
        return privacy.export(user.caller(), id);
    }

    @GET
    @Path("/me/export")
    @RolesAllowed(Roles.PEER)
    public DataExport exportOwn() {
        return privacy.exportOwn(user.caller());
    }

    /** Runs the retention for the admin's own organisation now (the nightly run covers all). */
    @POST
    @Path("/retention/run")
    @RolesAllowed(Roles.ADMIN)
    public Map<String, Integer> runRetention() {
        return Map.of("pseudonymised", privacy.pseudonymiseExpiredAlumni(user.organisation()));
    }
}
