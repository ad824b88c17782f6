package fi.vertaistyo.training.peer;

import fi.vertaistyo.training.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** The local projection of participants.v1. */
@ApplicationScoped
public class KnownPeers {

    static final String CONSUMER = "training-service.known-peers";

    private final KnownPeerRepository peers;
    private final Inbox inbox;
    private final Clock clock;

    KnownPeers(KnownPeerRepository peers, Inbox inbox, Clock clock) {
        this.peers = peers;
        this.inbox = inbox;
        this.clock = clock;
    }

    /**
     * Applies the event once; a redelivery changes nothing. Types this service does not apply are
     * recorded and skipped. Events of one participant arrive in order (same key, same partition).
     */
    @Transactional
    public void apply(String eventId, String type, Object data) {
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        if (data instanceof ParticipantRegistered registered) {
            if (peers.findById(registered.participantId()) == null) {
                peers.persist(new KnownPeer(registered, clock.instant()));
            }
        } else if (data instanceof ParticipantChanges.DisplayNameChanged changed) {
            known(changed.participantId(), changed.organisation()).displayName = changed.displayName();
        } else if (data instanceof ParticipantChanges.StatusChanged changed) {
            known(changed.participantId(), changed.organisation()).status = changed.status();
        }
    }

    private KnownPeer known(java.util.UUID participantId, String organisation) {
        KnownPeer peer = peers.findById(participantId);
        if (peer == null || !peer.organisation.equals(organisation)) {
            // Registration always comes first on the same partition; anything else breaks the contract.
            throw new fi.vertaistyo.training.inbox.PoisonEventException("change of a participant never registered");
        }
        return peer;
    }

    @Transactional
    public List<KnownPeerView> list(String organisation) {
        return peers.listInOrganisation(organisation).stream().map(KnownPeerView::of).toList();
    }
}
