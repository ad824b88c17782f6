package fi.vertaistyo.scheduling.peer;

import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.scheduling.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The peers scheduling knows of (from participants.v1), as a coordinator plans shifts for them. */
@Path("/api/scheduling/peers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Peers")
public class KnownPeerResource {

    private final KnownPeers peers;
    private final CurrentUser user;

    KnownPeerResource(KnownPeers peers, CurrentUser user) {
        this.peers = peers;
        this.user = user;
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    public List<KnownPeerView> list() {
        return peers.list(user.organisation());
    }
}
