package fi.vertaistyo.training.peer;

import fi.vertaistyo.kit.inbox.EventHandlers;
import fi.vertaistyo.kit.inbox.Inbox;
import fi.vertaistyo.kit.inbox.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import fi.vertaistyo.kit.problem.Scoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.UUID;

/** The local projection of participants.v2 and participant-identities.v1. */
@ApplicationScoped
public class KnownPeers {

    static final String CONSUMER = "training-service.known-peers";

    private final KnownPeerRepository peers;
    private final Inbox inbox;
    private final Clock clock;
    private final EventHandlers handlers;
    private final EventHandlers identityHandlers;
    private final Event<ParticipantErased> erasures;

    KnownPeers(KnownPeerRepository peers, Inbox inbox, Clock clock,
            Event<ParticipantErased> erasures) {
        this.erasures = erasures;
        this.peers = peers;
        this.inbox = inbox;
        this.clock = clock;
        this.handlers = EventHandlers.builder()
                .on(ParticipantRegistered.TYPE, ParticipantRegistered.class, this::registered)
                .on(ParticipantChanges.StatusChanged.TYPE, ParticipantChanges.StatusChanged.class, this::statusChanged)
                .on(ParticipantChanges.Erased.TYPE, ParticipantChanges.Erased.class, this::erased)
                .build();
        this.identityHandlers = EventHandlers.builder()
                .on(ParticipantChanges.Identity.TYPE, ParticipantChanges.Identity.class, this::identity)
                .build();
    }

    /** Event type → the record its data is read into: the participants.v2 events this projection applies. */
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

    /** The identity types: participant-identities.v1. */
    public Map<String, Class<?>> identityTypes() {
        return identityHandlers.types();
    }

    /** Applies an identity record once; the newest record of a participant is who they are. */
    @Transactional
    public void applyIdentity(String eventId, String type, Object data) {
        if (inbox.firstDelivery(CONSUMER, eventId)) {
            identityHandlers.apply(type, data);
        }
    }

    private void registered(ParticipantRegistered registered) {
        inbox.oneAtATime(registered.participantId());
        if (peers.findById(registered.participantId()) == null) {
            KnownPeer peer = new KnownPeer(registered, clock.instant());
            EarlyIdentity early = peers.getEntityManager().find(EarlyIdentity.class, registered.participantId());
            if (early != null) {
                if (early.organisation.equals(peer.organisation)) {
                    peer.identify(early.displayName, early.accountKey);
                }
                peers.getEntityManager().remove(early);
            }
            peers.persist(peer);
        }
    }

    private void identity(ParticipantChanges.Identity identity) {
        inbox.oneAtATime(identity.participantId());
        KnownPeer peer = peers.findById(identity.participantId());
        if (peer == null) {
            EarlyIdentity early = peers.getEntityManager().find(EarlyIdentity.class, identity.participantId());
            if (early == null) {
                peers.getEntityManager().persist(new EarlyIdentity(identity));
            } else {
                early.take(identity);
            }
            return;
        }
        known(identity.participantId(), identity.organisation()).identify(identity.displayName(), identity.accountKey());
    }

    private void erased(ParticipantChanges.Erased erased) {
        KnownPeer peer = known(erased.participantId(), erased.organisation());
        peer.erase(erased.pseudonym(), erased.erasedOn());
        erasures.fire(new ParticipantErased(peer.organisation, peer.participantId, erased.pseudonym()));
    }

    private void statusChanged(ParticipantChanges.StatusChanged changed) {
        known(changed.participantId(), changed.organisation()).status = changed.status();
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
        inbox.oneAtATime(participantId);
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
