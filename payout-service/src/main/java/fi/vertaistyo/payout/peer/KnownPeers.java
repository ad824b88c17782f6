package fi.vertaistyo.payout.peer;

import fi.vertaistyo.kit.inbox.EventHandlers;
import fi.vertaistyo.kit.inbox.Inbox;
import fi.vertaistyo.payout.ledger.ActivityMoney;
import fi.vertaistyo.payout.ledger.ActivityMoneyLedger;
import fi.vertaistyo.payout.ledger.ProgrammeRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The local projection of participants.v2 and participant-identities.v1. */
@ApplicationScoped
public class KnownPeers {

    static final String CONSUMER = "payout-service.known-peers";

    private final KnownPeerRepository peers;
    private final Inbox inbox;
    private final Clock clock;
    private final ActivityMoneyLedger ledger;
    private final EventHandlers handlers;
    private final EventHandlers identityHandlers;
    private final Event<ParticipantErased> erasures;

    KnownPeers(KnownPeerRepository peers, Inbox inbox, Clock clock, ActivityMoneyLedger ledger,
            Event<ParticipantErased> erasures) {
        this.erasures = erasures;
        this.peers = peers;
        this.inbox = inbox;
        this.clock = clock;
        this.ledger = ledger;
        this.handlers = EventHandlers.builder()
                .on(ParticipantRegistered.TYPE, ParticipantRegistered.class, this::registered)
                .on(ParticipantChanges.StatusChanged.TYPE, ParticipantChanges.StatusChanged.class, this::statusChanged)
                .on(ParticipantChanges.Erased.TYPE, ParticipantChanges.Erased.class, this::erased)
                .on(ParticipantChanges.ProgrammeRulesScheduled.TYPE, ParticipantChanges.ProgrammeRulesScheduled.class,
                        this::scheduleRules)
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
        renamed(peer);
    }

    private void erased(ParticipantChanges.Erased erased) {
        KnownPeer peer = known(erased.participantId(), erased.organisation());
        peer.erase(erased.pseudonym(), erased.erasedOn());
        renamed(peer);
        erasures.fire(new ParticipantErased(peer.organisation, peer.participantId, erased.pseudonym()));
    }

    private void statusChanged(ParticipantChanges.StatusChanged changed) {
        known(changed.participantId(), changed.organisation()).status = changed.status();
    }

    /**
     * Frozen statements and payout lists keep the display name they were made with, but a name change
     * (and the pseudonym that replaces a name on erasure) reaches them too: only the money is frozen.
     */
    private void renamed(KnownPeer peer) {
        peers.getEntityManager().createNativeQuery(
                "update statement set display_name = ?1 where participant_id = ?2 and organisation = ?3")
                .setParameter(1, peer.displayName).setParameter(2, peer.participantId)
                .setParameter(3, peer.organisation).executeUpdate();
        peers.getEntityManager().createNativeQuery("""
                update payout_line set display_name = ?1 where participant_id = ?2
                  and payout_day_id in (select id from payout_day where organisation = ?3)""")
                .setParameter(1, peer.displayName).setParameter(2, peer.participantId)
                .setParameter(3, peer.organisation).executeUpdate();
    }

    private void scheduleRules(ParticipantChanges.ProgrammeRulesScheduled rules) {
        ledger.rulesScheduled(new ProgrammeRules(rules.programmeId(), rules.version(), rules.organisation(),
                rules.programmeCode(), rules.kind(), rules.validFrom(),
                new ActivityMoney(rules.activityMoneyCentsPerHour(), rules.activityMoneyDailyCapCents())));
    }

    /** The peer whose login this is (issuer#subject from the verified token), if payout knows them. */
    @Transactional
    public Optional<KnownPeer> byAccount(String organisation, String accountKey) {
        return peers.find("organisation = ?1 and accountKey = ?2", organisation, accountKey).firstResultOptional();
    }

    /** Display names of these peers, for statements and payout lists (never legal names). */
    @Transactional
    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        return peers.list("participantId in ?1", ids).stream()
                .collect(Collectors.toMap(p -> p.participantId, p -> p.displayName));
    }

    private KnownPeer known(UUID participantId, String organisation) {
        inbox.oneAtATime(participantId);
        KnownPeer peer = peers.findById(participantId);
        if (peer == null || !peer.organisation.equals(organisation)) {
            // Registration always comes first on the same partition; anything else breaks the contract.
            throw new fi.vertaistyo.kit.inbox.PoisonEventException("change of a participant never registered");
        }
        return peer;
    }

    @Transactional
    public List<KnownPeerView> list(String organisation) {
        return peers.listInOrganisation(organisation).stream().map(KnownPeerView::of).toList();
    }
}
