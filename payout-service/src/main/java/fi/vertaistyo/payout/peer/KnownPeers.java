package fi.vertaistyo.payout.peer;

import fi.vertaistyo.payout.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** The local projection of participants.v1. */
@ApplicationScoped
public class KnownPeers {

    static final String CONSUMER = "payout-service.known-peers";

    private final KnownPeerRepository peers;
    private final Inbox inbox;
    private final Clock clock;

    KnownPeers(KnownPeerRepository peers, Inbox inbox, Clock clock) {
        this.peers = peers;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** Applies the event once; a redelivery changes nothing. Unknown types are skipped (newer producers). */
    @Transactional
    public void apply(String eventId, String type, Object data) {
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        if (data instanceof ParticipantRegistered registered && peers.findById(registered.participantId()) == null) {
            peers.persist(new KnownPeer(registered, clock.instant()));
        }
    }

    @Transactional
    public List<KnownPeerView> list(String organisation) {
        return peers.listInOrganisation(organisation).stream().map(KnownPeerView::of).toList();
    }
}
