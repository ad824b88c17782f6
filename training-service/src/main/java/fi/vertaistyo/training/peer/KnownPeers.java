package fi.vertaistyo.training.peer;

import fi.vertaistyo.training.inbox.Inbox;
import fi.vertaistyo.training.inbox.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import fi.vertaistyo.training.web.Scoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.UUID;

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
        } else if (data instanceof ParticipantChanges.AccountChanged changed) {
            known(changed.participantId(), changed.organisation()).accountKey = changed.accountKey();
        }
    }

    /** The peer the caller's login is linked to, if any. */
    @Transactional
    public Optional<KnownPeer> byAccount(String accountKey) {
        return peers.find("accountKey", accountKey).firstResultOptional();
    }

    /** A peer of the organisation, or 404: another organisation's peers do not exist for the caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public KnownPeer inOrganisation(UUID participantId, String organisation) {
        return Scoped.toOrganisation(peers.findById(participantId), p -> p.organisation, organisation, "The participant");
    }

    /** Display names by participant id, for lists (one query). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, String> displayNames(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        return peers.list("participantId in ?1", participantIds).stream()
                .collect(Collectors.toMap(KnownPeer::participantId, KnownPeer::displayName));
    }

    private KnownPeer known(UUID participantId, String organisation) {
        KnownPeer peer = peers.findById(participantId);
        if (peer == null || !peer.organisation.equals(organisation)) {
            // Registration always comes first on the same partition; anything else breaks the contract.
            throw new PoisonEventException("change of a participant never registered");
        }
        return peer;
    }

    @Transactional
    public List<KnownPeerView> list(String organisation) {
        return peers.listInOrganisation(organisation).stream().map(KnownPeerView::of).toList();
    }
}
