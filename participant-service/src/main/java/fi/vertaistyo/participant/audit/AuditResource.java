package fi.vertaistyo.participant.audit;

import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.participant.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/participants/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log")
public class AuditResource {

    private final AuditLog audit;
    private final CurrentUser user;

    AuditResource(AuditLog audit, CurrentUser user) {
        this.audit = audit;
        this.user = user;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public List<AuditEntryView> query(@QueryParam("participantId") UUID participantId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(500) int size) {
        return audit.query(user.organisation(), participantId, page, size);
    }
}
