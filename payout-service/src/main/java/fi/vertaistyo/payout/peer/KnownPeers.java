package fi.vertaistyo.payout.peer;

import fi.vertaistyo.kit.inbox.EventHandlers;
import fi.vertaistyo.kit.inbox.Inbox;
import fi.vertaistyo.payout.ledger.ActivityMoney;
import fi.vertaistyo.payout.ledger.ActivityMoneyLedger;
import fi.vertaistyo.payout.ledger.ProgrammeRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The local projection of participants.v1. */
@ApplicationScoped
public class KnownPeers {

    static final String CONSUMER = "payout-service.known-peers";

    private final KnownPeerRepository peers;
    private final Inbox inbox;
    private final Clock clock;
    private final ActivityMoneyLedger ledger;
    private final EventHandlers handlers;

    KnownPeers(KnownPeerRepository peers, Inbox inbox, Clock clock, ActivityMoneyLedger ledger) {
        this.peers = peers;
        this.inbox = inbox;
        this.clock = clock;
        this.ledger = ledger;
        this.handlers = EventHandlers.builder()
                .on(ParticipantRegistered.TYPE, ParticipantRegistered.class, this::registered)
                .on(ParticipantChanges.DisplayNameChanged.TYPE, ParticipantChanges.DisplayNameChanged.class,
                        this::displayNameChanged)
                .on(ParticipantChanges.StatusChanged.TYPE, ParticipantChanges.StatusChanged.class, this::statusChanged)
                .on(ParticipantChanges.AccountChanged.TYPE, ParticipantChanges.AccountChanged.class, this::accountChanged)
                .on(ParticipantChanges.ProgrammeRulesScheduled.TYPE, ParticipantChanges.ProgrammeRulesScheduled.class,
                        this::scheduleRules)
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
        renameCopies(changed);
    }

    private void statusChanged(ParticipantChanges.StatusChanged changed) {
        known(changed.participantId(), changed.organisation()).status = changed.status();
    }

    private void accountChanged(ParticipantChanges.AccountChanged changed) {
        known(changed.participantId(), changed.organisation()).accountKey = changed.accountKey();
    }

    /**
     * Frozen statements and payout lists keep the display name they were made with, but a name change
     * (and the pseudonym that replaces a name after retention) reaches them too: only the money is frozen.
     */
    private void renameCopies(ParticipantChanges.DisplayNameChanged changed) {
        peers.getEntityManager().createNativeQuery(
                "update statement set display_name = ?1 where participant_id = ?2 and organisation = ?3")
                .setParameter(1, changed.displayName()).setParameter(2, changed.participantId())
                .setParameter(3, changed.organisation()).executeUpdate();
        peers.getEntityManager().createNativeQuery("""
                update payout_line set display_name = ?1 where participant_id = ?2
                  and payout_day_id in (select id from payout_day where organisation = ?3)""")
                .setParameter(1, changed.displayName()).setParameter(2, changed.participantId())
                .setParameter(3, changed.organisation()).executeUpdate();
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
