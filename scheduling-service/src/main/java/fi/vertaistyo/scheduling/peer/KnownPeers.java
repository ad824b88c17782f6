package fi.vertaistyo.scheduling.peer;

import fi.vertaistyo.scheduling.deskduty.version.DeskDutyVersions;
import fi.vertaistyo.scheduling.inbox.Inbox;
import fi.vertaistyo.scheduling.inbox.PoisonEventException;
import jakarta.persistence.EntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** The local projection of participants.v1. */
@ApplicationScoped
public class KnownPeers {

    static final String CONSUMER = "scheduling-service.known-peers";

    private final KnownPeerRepository peers;
    private final Inbox inbox;
    private final Clock clock;
    private final EntityManager em;
    private final DeskDutyVersions versions;

    KnownPeers(KnownPeerRepository peers, Inbox inbox, Clock clock, EntityManager em, DeskDutyVersions versions) {
        this.peers = peers;
        this.versions = versions;
        this.em = em;
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
            versions.raiseAll(changed.organisation());
        } else if (data instanceof ParticipantChanges.StatusChanged changed) {
            known(changed.participantId(), changed.organisation()).status = changed.status();
        } else if (data instanceof ParticipantChanges.AccountChanged changed) {
            known(changed.participantId(), changed.organisation()).accountKey = changed.accountKey();
        } else if (data instanceof ParticipantChanges.AgreementInForce inForce) {
            known(inForce.participantId(), inForce.organisation());
            if (em.find(PeerAgreement.class, inForce.agreementId()) == null) {
                em.persist(new PeerAgreement(inForce));
            }
        } else if (data instanceof ParticipantChanges.AgreementEnded ended) {
            PeerAgreement agreement = em.find(PeerAgreement.class, ended.agreementId());
            if (agreement == null || !agreement.participantId.equals(ended.participantId())) {
                throw new PoisonEventException("end of an agreement never in force");
            }
            agreement.endsOn = ended.endedOn().isBefore(agreement.endsOn) ? ended.endedOn() : agreement.endsOn;
        } else if (data instanceof ParticipantChanges.ProgrammeRulesScheduled rules) {
            if (em.find(ProgrammeTerms.class, new ProgrammeTerms.Key(rules.programmeId(), rules.version())) == null) {
                em.persist(new ProgrammeTerms(rules));
            }
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
