package fi.vertaistyo.scheduling.peer;

import fi.vertaistyo.scheduling.deskdutyversion.DeskDutyVersions;
import fi.vertaistyo.kit.inbox.EventHandlers;
import fi.vertaistyo.kit.inbox.Inbox;
import fi.vertaistyo.kit.inbox.PoisonEventException;
import jakarta.persistence.EntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The local projection of participants.v2 and participant-identities.v1. */
@ApplicationScoped
public class KnownPeers {

    static final String CONSUMER = "scheduling-service.known-peers";

    private final KnownPeerRepository peers;
    private final Inbox inbox;
    private final Clock clock;
    private final EntityManager em;
    private final DeskDutyVersions versions;
    private final EventHandlers handlers;
    private final EventHandlers identityHandlers;
    private final Event<ParticipantErased> erasures;

    KnownPeers(KnownPeerRepository peers, Inbox inbox, Clock clock, EntityManager em, DeskDutyVersions versions,
            Event<ParticipantErased> erasures) {
        this.erasures = erasures;
        this.peers = peers;
        this.versions = versions;
        this.em = em;
        this.inbox = inbox;
        this.clock = clock;
        this.handlers = EventHandlers.builder()
                .on(ParticipantRegistered.TYPE, ParticipantRegistered.class, this::registered)
                .on(ParticipantChanges.StatusChanged.TYPE, ParticipantChanges.StatusChanged.class, this::statusChanged)
                .on(ParticipantChanges.Erased.TYPE, ParticipantChanges.Erased.class, this::erased)
                .on(ParticipantChanges.AgreementInForce.TYPE, ParticipantChanges.AgreementInForce.class,
                        this::agreementInForce)
                .on(ParticipantChanges.AgreementEnded.TYPE, ParticipantChanges.AgreementEnded.class, this::agreementEnded)
                .on(ParticipantChanges.ProgrammeRulesScheduled.TYPE, ParticipantChanges.ProgrammeRulesScheduled.class,
                        this::rulesScheduled)
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

    /** A partner's desk-duty answers show guides' names: none of them may be answered from the cache. */
    private void renamed(KnownPeer peer) {
        versions.raiseAll(peer.organisation);
    }

    private void statusChanged(ParticipantChanges.StatusChanged changed) {
        known(changed.participantId(), changed.organisation()).status = changed.status();
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
