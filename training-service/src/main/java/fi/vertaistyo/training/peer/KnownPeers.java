package fi.vertaistyo.training.peer;

import fi.vertaistyo.kit.inbox.EventHandlers;
import fi.vertaistyo.kit.inbox.Inbox;
import fi.vertaistyo.kit.inbox.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import fi.vertaistyo.kit.problem.Scoped;
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
    private final EventHandlers handlers;

    KnownPeers(KnownPeerRepository peers, Inbox inbox, Clock clock) {
        this.peers = peers;
        this.inbox = inbox;
        this.clock = clock;
        this.handlers = EventHandlers.builder()
                .on(ParticipantRegistered.TYPE, ParticipantRegistered.class, this::registered)
                .on(ParticipantChanges.DisplayNameChanged.TYPE, ParticipantChanges.DisplayNameChanged.class,
                        this::displayNameChanged)
                .on(ParticipantChanges.StatusChanged.TYPE, ParticipantChanges.StatusChanged.class, this::statusChanged)
                .on(ParticipantChanges.AccountChanged.TYPE, ParticipantChanges.AccountChanged.class, this::accountChanged)
                .build();
    }

    /** Event type → the record its data is read into: the participants.v1 events this projection applies. */
    public Map<String, Class<?>> types() {
        return handlers.types();
    }

    /**
     * Applies the event once; a redelivery changes nothing. Types this service does not apply are
     * recorded and skipped. Events of one participant arrive in order (same key, same partition).
     */
    @Transactional
    public void apply(String eventId, String type, Object data) {
        if (inbox.firstDelivery(CONSUMER, eventId)) {
            handlers.apply(type, data);
        }
    }

    private void registered(ParticipantRegistered registered) {
        if (peers.findById(registered.participantId()) == null) {
            peers.persist(new KnownPeer(registered, clock.instant()));
        }
    }

    private void displayNameChanged(ParticipantChanges.DisplayNameChanged changed) {
        known(changed.participantId(), changed.organisation()).displayName = changed.displayName();
    }

    private void statusChanged(ParticipantChanges.StatusChanged changed) {
        known(changed.participantId(), changed.organisation()).status = changed.status();
    }

    private void accountChanged(ParticipantChanges.AccountChanged changed) {
        known(changed.participantId(), changed.organisation()).accountKey = changed.accountKey();
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
