package fi.vertaistyo.participant.peer;

import fi.vertaistyo.kit.time.Helsinki;
import fi.vertaistyo.participant.audit.AuditAction;
import fi.vertaistyo.participant.audit.AuditLog;
import fi.vertaistyo.kit.outbox.Outbox;
import fi.vertaistyo.participant.peer.ParticipantEvents.StatusChanged;
import fi.vertaistyo.participant.peer.ParticipantRequests.UpdateParticipant;
import fi.vertaistyo.participant.security.Caller;
import fi.vertaistyo.kit.problem.ProblemException;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class Participants {

    private final ParticipantRepository participants;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final Event<ParticipantLeft> left;
    private final Identities identities;
    private final String topic;

    Participants(ParticipantRepository participants, Outbox outbox, AuditLog audit, Clock clock,
            Event<ParticipantLeft> left, Identities identities,
            @ConfigProperty(name = "vertaistyo.topics.participants") String topic) {
        this.participants = participants;
        this.identities = identities;
        this.left = left;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.topic = topic;
    }

    /** The participant row, its event and its audit entry commit together or not at all. */
    @Transactional
    public ParticipantView register(Caller caller, RegisterParticipant request) {
        Participant p = Participant.register(caller.organisation(), request, clock.instant());
        participants.persist(p);
        StatusChange.of(p, Helsinki.today(clock), clock.instant(), caller.actor()).persist();
        outbox.publish(topic, ParticipantRegistered.TYPE, p.id.toString(),
                new ParticipantRegistered(p.id, p.organisation, p.status.name()));
        identities.announce(p);
        audit.record(caller, p.id, AuditAction.CREATE, "registration");
        return ParticipantView.of(p);
    }

    /** The participant's statuses since registration (or since the history began), oldest first. */
    @Transactional
    public List<StatusChange.View> statusHistory(Caller caller, UUID id) {
        Participant p = find(caller, id);
        audit.record(caller, p.id, AuditAction.READ, "status history");
        return history(p.id);
    }

    /** The history without an audit entry of its own, for reads that record theirs (the export). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<StatusChange.View> history(UUID participantId) {
        return StatusChange.<StatusChange>list("participantId = ?1 order by changedAt, id", participantId).stream()
                .map(StatusChange.View::of).toList();
    }

    @Transactional
    public ParticipantView get(Caller caller, UUID id) {
        Participant p = find(caller, id);
        audit.record(caller, p.id, AuditAction.READ, "coordination");
        return ParticipantView.of(p);
    }

    @Transactional
    public ParticipantPage search(Caller caller, String text, ParticipantStatus status, int page, int size) {
        var query = participants.search(caller.organisation(), text, status);
        List<Participant> found = query.page(Page.of(page, size)).list();
        audit.recordAll(caller, found.stream().map(p -> p.id).toList(), AuditAction.LIST, "coordination search");
        return new ParticipantPage(found.stream().map(ParticipantView::of).toList(), page, size, query.count());
    }

    @Transactional
    public ParticipantView update(Caller caller, UUID id, UpdateParticipant change) {
        Participant p = findWritable(caller, id);
        if (change.displayName() != null && !change.displayName().strip().equals(p.displayName)) {
            p.displayName = change.displayName().strip();
            identities.announce(p);
        }
        if (change.legalName() != null) {
            p.legalName = change.legalName().strip();
        }
        if (change.email() != null) {
            p.email = change.email();
        }
        if (change.phone() != null) {
            p.phone = change.phone();
        }
        if (change.preferredLanguage() != null) {
            p.preferredLanguage = change.preferredLanguage();
        }
        audit.record(caller, p.id, AuditAction.UPDATE, "personal details");
        return ParticipantView.of(p);
    }

    @Transactional
    public ParticipantView changeStatus(Caller caller, UUID id, ParticipantStatus next) {
        Participant p = find(caller, id);
        var today = Helsinki.today(clock);
        p.changeStatus(next, today);
        StatusChange.of(p, today, clock.instant(), caller.actor()).persist();
        outbox.publish(topic, StatusChanged.TYPE, p.id.toString(),
                new StatusChanged(p.id, p.organisation, p.status.name(), today));
        audit.record(caller, p.id, AuditAction.UPDATE, "status");
        if (next == ParticipantStatus.ALUMNI) {
            left.fire(new ParticipantLeft(caller, p.id, today));
        }
        return ParticipantView.of(p);
    }

    /**
     * Links the peer's login so they can see their own data; the subject is taken as one of the
     * caller's identity provider ({@code issuer}, from the caller's token).
     */
    @Transactional
    public ParticipantView linkAccount(Caller caller, String issuer, UUID id, String subject) {
        Participant p = findWritable(caller, id);
        String key = issuer + "#" + subject;
        participants.findByAccount(caller.organisation(), key).filter(other -> other != p).ifPresent(other -> {
            throw ProblemException.refused("Account already linked", "ACCOUNT_ALREADY_LINKED", "This login belongs to another participant.");
        });
        p.accountSubject = key;
        // Published on every link, also an unchanged one: linking again re-announces the login.
        identities.announce(p);
        audit.record(caller, p.id, AuditAction.UPDATE, "account link");
        return ParticipantView.of(p);
    }

    /** The participant record of the calling peer; 404 when their login is not linked to one. */
    @Transactional
    public Participant own(Caller caller) {
        return participants.findByAccount(caller.organisation(), caller.actor())
                .orElseThrow(() -> ProblemException.notFound("Your participant record"));
    }

    @Transactional
    public ParticipantView ownView(Caller caller) {
        Participant p = own(caller);
        audit.record(caller, p.id, AuditAction.READ, "own data");
        return ParticipantView.of(p);
    }

    /** The participant, to write something new about them: an erased one is refused (PARTICIPANT_ERASED). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Participant findWritable(Caller caller, UUID id) {
        Participant p = find(caller, id);
        p.refuseIfErased();
        return p;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Participant find(Caller caller, UUID id) {
        return participants.findInOrganisation(caller.organisation(), id)
                .orElseThrow(() -> ProblemException.notFound("Participant"));
    }
}
