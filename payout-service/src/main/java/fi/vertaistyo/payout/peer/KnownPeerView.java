package fi.vertaistyo.payout.peer;

import java.util.UUID;

public record KnownPeerView(UUID participantId, String displayName, String status) {

    static KnownPeerView of(KnownPeer p) {
        return new KnownPeerView(p.participantId, p.displayName, p.status);
    }
}
