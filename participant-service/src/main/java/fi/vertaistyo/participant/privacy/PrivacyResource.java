package fi.vertaistyo.participant.privacy;

import fi.vertaistyo.participant.security.Caller;
import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.participant.security.Roles;
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
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data subject rights")
public class PrivacyResource {

    private final Privacy privacy;
    private final CurrentUser user;

    PrivacyResource(Privacy privacy, CurrentUser user) {
        this.privacy = privacy;
        this.user = user;
    }

    @GET
    @Path("/{id}/export")
    @RolesAllowed(Roles.COORDINATOR)
    public DataExport export(@PathParam("id") UUID id) {
        return privacy.export(Caller.of(user), id);
    }

    @GET
    @Path("/me/export")
    @RolesAllowed(Roles.PEER)
    public DataExport exportOwn() {
        return privacy.exportOwn(Caller.of(user));
    }

    /**
     * Erases the participant on their request (GDPR art. 17). The other services erase their copies when
     * participant.erased.v1 reaches them; the answer says what is kept by law.
     */
    @POST
    @Path("/{id}/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public ErasureView erase(@PathParam("id") UUID id, @Valid @NotNull ErasureRequest request) {
        return privacy.erase(Caller.of(user), id, request);
    }

    /** Runs the retention for the admin's own organisation now (the nightly run covers all). */
    @POST
    @Path("/retention/run")
    @RolesAllowed(Roles.ADMIN)
    public Map<String, Integer> runRetention() {
        return Map.of("pseudonymised", privacy.pseudonymiseExpiredAlumni(user.organisation()));
    }
}
