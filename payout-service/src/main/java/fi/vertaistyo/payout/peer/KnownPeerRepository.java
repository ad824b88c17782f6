package fi.vertaistyo.payout.peer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class KnownPeerRepository implements PanacheRepositoryBase<KnownPeer, UUID> {

    List<KnownPeer> listInOrganisation(String organisation) {
        return list("organisation", Sort.by("displayName").and("participantId"), organisation);
    }
}
