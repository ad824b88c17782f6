package fi.vertaistyo.scheduling.peer;

import fi.vertaistyo.scheduling.deskdutyversion.DeskDutyVersions;
import fi.vertaistyo.kit.inbox.EventHandlers;
import fi.vertaistyo.kit.inbox.Inbox;
import fi.vertaistyo.kit.inbox.PoisonEventException;
import jakarta.persistence.EntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The local projection of participants.v1. */
@ApplicationScoped
public class KnownPeers {

    static final String CONSUMER = "scheduling-service.known-peers";

    private final KnownPeerRepository peers;
    private final Inbox inbox;
    private final Clock clock;
    private final EntityManager em;
    private final DeskDutyVersions versions;
    private final EventHandlers handlers;

    KnownPeers(KnownPeerRepository peers, Inbox inbox, Clock clock, EntityManager em, DeskDutyVersions versions) {
        this.peers = peers;
        this.versions = versions;
        this.em = em;
        this.inbox = inbox;
        this.clock = clock;
        this.handlers = EventHandlers.builder()
                .on(ParticipantRegistered.TYPE, ParticipantRegistered.class, this::registered)
                .on(ParticipantChanges.DisplayNameChanged.TYPE, ParticipantChanges.DisplayNameChanged.class,
                        this::displayNameChanged)
                .on(ParticipantChanges.StatusChanged.TYPE, ParticipantChanges.StatusChanged.class, this::statusChanged)
                .on(ParticipantChanges.AccountChanged.TYPE, ParticipantChanges.AccountChanged.class, this::accountChanged)
                .on(ParticipantChanges.AgreementInForce.TYPE, ParticipantChanges.AgreementInForce.class,
                        this::agreementInForce)
                .on(ParticipantChanges.AgreementEnded.TYPE, ParticipantChanges.AgreementEnded.class, this::agreementEnded)
                .on(ParticipantChanges.ProgrammeRulesScheduled.TYPE, ParticipantChanges.ProgrammeRulesScheduled.class,
                        this::rulesScheduled)
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
        versions.raiseAll(changed.organisation());
    }

    private void statusChanged(ParticipantChanges.StatusChanged changed) {
        known(changed.participantId(), changed.organisation()).status = changed.status();
    }

    private void accountChanged(ParticipantChanges.AccountChanged changed) {
        known(changed.participantId(), changed.organisation()).accountKey = changed.accountKey();
    }

    private void agreementInForce(ParticipantChanges.AgreementInForce inForce) {
        known(inForce.participantId(), inForce.organisation());
        if (em.find(PeerAgreement.class, inForce.agreementId()) == null) {
            em.persist(new PeerAgreement(inForce));
        }
    }

    private void agreementEnded(ParticipantChanges.AgreementEnded ended) {
        PeerAgreement agreement = em.find(PeerAgreement.class, ended.agreementId());
        if (agreement == null || !agreement.participantId.equals(ended.participantId())) {
            throw new PoisonEventException("end of an agreement never in force");
        }
        agreement.endsOn = ended.endedOn().isBefore(agreement.endsOn) ? ended.endedOn() : agreement.endsOn;
    }

    private void rulesScheduled(ParticipantChanges.ProgrammeRulesScheduled rules) {
        if (em.find(ProgrammeTerms.class, new ProgrammeTerms.Key(rules.programmeId(), rules.version())) == null) {
            em.persist(new ProgrammeTerms(rules));
        }
    }

    private KnownPeer known(java.util.UUID participantId, String organisation) {
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
