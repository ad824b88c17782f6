package fi.vertaistyo.training.enrolment;

import fi.vertaistyo.training.peer.KnownPeer;
import fi.vertaistyo.training.peer.KnownPeers;
import fi.vertaistyo.training.term.Term;
import fi.vertaistyo.training.term.Terms;
import fi.vertaistyo.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Enrolment in a term. Up to the term's capacity participants are enrolled; the rest wait in the
 * order they asked and move up, first in line first, when a place frees. Decisions about one term's
 * places are taken one at a time (the term row is locked).
 */
@ApplicationScoped
public class Enrolments {

    private final Terms terms;
    private final KnownPeers peers;
    private final Clock clock;

    Enrolments(Terms terms, KnownPeers peers, Clock clock) {
        this.terms = terms;
        this.peers = peers;
        this.clock = clock;
    }

    @Transactional
    public EnrolmentViews.EnrolmentView enrol(String organisation, UUID termId, UUID participantId) {
        Term term = terms.lockedInOrganisation(organisation, termId);
        KnownPeer peer = peers.inOrganisation(participantId, organisation);
        Enrolment enrolment = enrolment(term, participantId).orElse(null);
        if (enrolment != null && enrolment.status != EnrolmentStatus.WITHDRAWN) {
            throw ProblemException.refused("Already enrolled", "ALREADY_ENROLLED",
                    "The participant is already " + (enrolment.status == EnrolmentStatus.WAITING
                            ? "on the waiting list" : "enrolled") + " in this term.");
        }
        if (enrolment == null) {
            enrolment = Enrolment.request(term, participantId, clock.instant());
        } else {
            enrolment.requestAgain(clock.instant());
        }
        enrolment.persist();
        if (enrolledCount(term) < term.capacity) {
            admit(enrolment);
        }
        return view(enrolment, peer.displayName());
    }

    @Transactional
    public EnrolmentViews.EnrolmentView withdraw(String organisation, UUID termId, UUID enrolmentId) {
        Term term = terms.lockedInOrganisation(organisation, termId);
        Enrolment enrolment = Enrolment.findById(enrolmentId);
        if (enrolment == null || !enrolment.term.id.equals(term.id)) {
            throw ProblemException.notFound("The enrolment");
        }
        Enrolment.getEntityManager().refresh(enrolment);
        if (enrolment.status == EnrolmentStatus.WITHDRAWN) {
            throw ProblemException.refused("Already withdrawn", "ALREADY_WITHDRAWN", "The enrolment was already withdrawn.");
        }
        boolean freedAPlace = enrolment.status == EnrolmentStatus.ENROLLED;
        enrolment.status = EnrolmentStatus.WITHDRAWN;
        enrolment.withdrawnAt = clock.instant();
        FollowUp.delete("enrolment", enrolment);
        if (freedAPlace) {
            moveUp(term);
        }
        return view(enrolment, peers.inOrganisation(enrolment.participantId, organisation).displayName());
    }

    @Transactional
    public List<EnrolmentViews.EnrolmentView> list(String organisation, UUID termId) {
        Term term = terms.inOrganisation(organisation, termId);
        List<Enrolment> all = Enrolment.list("term", term);
        Map<UUID, String> names = peers.displayNames(all.stream().map(e -> e.participantId).toList());
        Map<UUID, FollowUp> followUps = followUps(all);
        List<EnrolmentViews.EnrolmentView> views = new ArrayList<>();
        int position = 0;
        for (Enrolment e : ordered(all)) {
            Integer waiting = e.status == EnrolmentStatus.WAITING ? ++position : null;
            views.add(view(e, names.get(e.participantId), waiting, followUps.get(e.id)));
        }
        return views;
    }

    /** A participant's own enrolments across terms, with their place in line where they wait. */
    @Transactional
    public List<EnrolmentViews.EnrolmentView> ofParticipant(UUID participantId) {
        List<Enrolment> own = Enrolment.list("participantId", participantId);
        Map<UUID, FollowUp> followUps = followUps(own);
        return own.stream().sorted(Comparator.comparing((Enrolment e) -> e.term.startsOn).reversed())
                .map(e -> view(e, null, e.status == EnrolmentStatus.WAITING ? waitingPosition(e) : null,
                        followUps.get(e.id)))
                .toList();
    }

    /** Whether the participant holds a place (not just a place in line) in the term. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isEnrolled(Term term, UUID participantId) {
        return Enrolment.count("term = ?1 and participantId = ?2 and status = ?3", term, participantId,
                EnrolmentStatus.ENROLLED) > 0;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> enrolledIn(Term term) {
        return Enrolment.<Enrolment>list("term = ?1 and status = ?2", term, EnrolmentStatus.ENROLLED).stream()
                .map(e -> e.participantId).toList();
    }

    private static Optional<Enrolment> enrolment(Term term, UUID participantId) {
        return Enrolment.find("term = ?1 and participantId = ?2", term, participantId).firstResultOptional();
    }

    private void moveUp(Term term) {
        List<Enrolment> line = Enrolment.list("term = ?1 and status = ?2 order by requestedAt, id", term,
                EnrolmentStatus.WAITING);
        long enrolled = enrolledCount(term);
        for (Enrolment next : line) {
            if (enrolled >= term.capacity) {
                return;
            }
            admit(next);
            enrolled++;
        }
    }

    private void admit(Enrolment enrolment) {
        enrolment.status = EnrolmentStatus.ENROLLED;
        enrolment.enrolledAt = clock.instant();
        FollowUp.after(enrolment).persist();
    }

    private long enrolledCount(Term term) {
        Enrolment.flush();
        return Enrolment.count("term = ?1 and status = ?2", term, EnrolmentStatus.ENROLLED);
    }

    private int waitingPosition(Enrolment e) {
        return (int) Enrolment.count("""
                term = ?1 and status = ?2 and (requestedAt < ?3 or (requestedAt = ?3 and id <= ?4))""",
                e.term, EnrolmentStatus.WAITING, e.requestedAt, e.id);
    }

    private EnrolmentViews.EnrolmentView view(Enrolment e, String displayName) {
        return view(e, displayName, e.status == EnrolmentStatus.WAITING ? waitingPosition(e) : null,
                FollowUp.<FollowUp>find("enrolment", e).firstResult());
    }

    private static EnrolmentViews.EnrolmentView view(Enrolment e, String displayName, Integer waitingPosition,
            FollowUp followUp) {
        return new EnrolmentViews.EnrolmentView(e.id, e.term.id, e.term.name, e.participantId, displayName, e.status,
                waitingPosition, e.requestedAt, e.enrolledAt, followUp == null ? null : followUp.dueOn);
    }

    private static Map<UUID, FollowUp> followUps(List<Enrolment> enrolments) {
        if (enrolments.isEmpty()) {
            return Map.of();
        }
        return FollowUp.<FollowUp>list("enrolment in ?1", enrolments).stream()
                .collect(Collectors.toMap(f -> f.enrolment.id, Function.identity()));
    }

    private static List<Enrolment> ordered(List<Enrolment> all) {
        return all.stream().sorted(Comparator.comparing((Enrolment e) -> e.status.ordinal())
                .thenComparing(e -> e.requestedAt).thenComparing(e -> e.id)).toList();
    }

}
