package fi.vertaistyo.training.gathering;

import fi.vertaistyo.kit.time.Helsinki;
import fi.vertaistyo.training.diploma.Diploma;
import fi.vertaistyo.training.peer.KnownPeers;
import fi.vertaistyo.training.term.Term;
import fi.vertaistyo.training.term.Terms;
import fi.vertaistyo.kit.problem.ProblemException;
import fi.vertaistyo.kit.problem.Scoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Development and recreation days and supervision: scheduling, sign-up and who came. */
@ApplicationScoped
public class Gatherings {

    private final Terms terms;
    private final KnownPeers peers;
    private final Clock clock;

    Gatherings(Terms terms, KnownPeers peers, Clock clock) {
        this.terms = terms;
        this.peers = peers;
        this.clock = clock;
    }

    @Transactional
    public GatheringViews.GatheringView create(String organisation, GatheringViews.NewGathering request) {
        if (!request.endsAt().isAfter(request.startsAt())
                || ChronoUnit.HOURS.between(request.startsAt(), request.endsAt()) > 24) {
            throw new ProblemException(400, "Invalid request", "A gathering ends after it starts, within a day.");
        }
        if (request.termId() != null) {
            terms.inOrganisation(organisation, request.termId());
            if (request.kind() != GatheringKind.DEVELOPMENT_DAY) {
                throw new ProblemException(400, "Invalid request", "Only a development day closes a term.");
            }
        }
        Gathering gathering = Gathering.of(organisation, request, clock.instant());
        gathering.persist();
        return view(gathering, 0, null);
    }

    /** @param participantId the peer asking, to mark what they signed up for; null for coordinators */
    @Transactional
    public List<GatheringViews.GatheringView> between(String organisation, LocalDate from, LocalDate to,
            UUID participantId) {
        List<Gathering> found = Gathering.list("organisation = ?1 and startsAt >= ?2 and startsAt < ?3 order by startsAt, id",
                organisation, from.atStartOfDay(Helsinki.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(Helsinki.ZONE).toInstant());
        if (found.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = found.stream().map(g -> g.id).toList();
        List<GatheringSignup> signups = GatheringSignup.list("gatheringId in ?1", ids);
        Map<UUID, Long> counts = signups.stream()
                .collect(Collectors.groupingBy(s -> s.gatheringId, Collectors.counting()));
        Set<UUID> own = signups.stream().filter(s -> s.participantId.equals(participantId))
                .map(s -> s.gatheringId).collect(Collectors.toSet());
        return found.stream().map(g -> view(g, counts.getOrDefault(g.id, 0L).intValue(),
                participantId == null ? null : own.contains(g.id))).toList();
    }

    /**
     * Signs the participant up, while there is room and the gathering has not begun. Supervision is
     * for active guides: a diploma valid today is needed.
     */
    @Transactional
    public GatheringViews.SignupView signUp(String organisation, UUID gatheringId, UUID participantId) {
        Gathering gathering = locked(organisation, gatheringId);
        String name = peers.inOrganisation(participantId, organisation).displayName();
        if (!gathering.startsAt.isAfter(clock.instant())) {
            throw ProblemException.refused("Sign-up closed", "GATHERING_STARTED", "The gathering has already begun.");
        }
        if (GatheringSignup.findById(new GatheringSignup.Key(gatheringId, participantId)) != null) {
            throw ProblemException.refused("Already signed up", "ALREADY_SIGNED_UP", "The participant is already signed up.");
        }
        if (gathering.capacity != null && GatheringSignup.count("gatheringId", gatheringId) >= gathering.capacity) {
            throw ProblemException.refused("Full", "GATHERING_FULL", "Every place has been taken.");
        }
        if (gathering.kind == GatheringKind.SUPERVISION && !activeGuide(participantId)) {
            throw ProblemException.refused("For active guides", "DIPLOMA_REQUIRED",
                    "Supervision is for guides holding a valid diploma.");
        }
        GatheringSignup signup = GatheringSignup.of(gatheringId, participantId, clock.instant());
        signup.persist();
        return new GatheringViews.SignupView(participantId, name, signup.signedUpAt, null);
    }

    @Transactional
    public void cancelSignUp(String organisation, UUID gatheringId, UUID participantId) {
        Gathering gathering = locked(organisation, gatheringId);
        if (!gathering.startsAt.isAfter(clock.instant())) {
            throw ProblemException.refused("Sign-up closed", "GATHERING_STARTED", "The gathering has already begun.");
        }
        if (!GatheringSignup.deleteById(new GatheringSignup.Key(gatheringId, participantId))) {
            throw ProblemException.notFound("The sign-up");
        }
    }

    @Transactional
    public GatheringViews.GatheringView view(String organisation, UUID gatheringId) {
        Gathering gathering = inOrganisation(organisation, gatheringId);
        return view(gathering, (int) GatheringSignup.count("gatheringId", gatheringId), null);
    }

    @Transactional
    public List<GatheringViews.SignupView> signups(String organisation, UUID gatheringId) {
        inOrganisation(organisation, gatheringId);
        return views(GatheringSignup.list("gatheringId", gatheringId));
    }

    /** Records who came; someone who came without signing up is added. */
    @Transactional
    public List<GatheringViews.SignupView> recordAttendance(String organisation, UUID gatheringId,
            GatheringViews.Roll roll) {
        Gathering gathering = locked(organisation, gatheringId);
        if (gathering.startsAt.isAfter(clock.instant())) {
            throw ProblemException.refused("Not begun", "GATHERING_NOT_STARTED", "Attendance is recorded once the gathering has begun.");
        }
        if (roll.entries().stream().map(GatheringViews.Entry::participantId).distinct().count() != roll.entries().size()) {
            throw new ProblemException(400, "Invalid request", "A participant appears twice in the roll.");
        }
        for (GatheringViews.Entry entry : roll.entries()) {
            peers.inOrganisation(entry.participantId(), organisation);
            GatheringSignup signup = GatheringSignup.findById(new GatheringSignup.Key(gatheringId, entry.participantId()));
            if (signup == null) {
                signup = GatheringSignup.of(gatheringId, entry.participantId(), clock.instant());
                signup.persist();
            }
            signup.attended = entry.attended();
        }
        return views(GatheringSignup.list("gatheringId", gatheringId));
    }

    @Transactional
    public GatheringViews.DevelopmentDayCheck developmentDays(String organisation, int year) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(Helsinki.ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(Helsinki.ZONE).toInstant();
        List<Gathering> days = Gathering.list("organisation = ?1 and kind = ?2 and startsAt >= ?3 and startsAt < ?4",
                organisation, GatheringKind.DEVELOPMENT_DAY, from, to);
        Set<UUID> closed = Gathering.<Gathering>list("organisation = ?1 and kind = ?2 and termId is not null",
                organisation, GatheringKind.DEVELOPMENT_DAY).stream().map(g -> g.termId).collect(Collectors.toSet());
        List<GatheringViews.TermWithoutClosingDay> open = Term.<Term>list(
                "organisation = ?1 and endsOn >= ?2 and endsOn <= ?3 order by endsOn, id", organisation,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .filter(t -> !closed.contains(t.id))
                .map(t -> new GatheringViews.TermWithoutClosingDay(t.id, t.name, t.endsOn)).toList();
        return new GatheringViews.DevelopmentDayCheck(year, days.size(), days.size() >= 2, open);
    }

    private boolean activeGuide(UUID participantId) {
        LocalDate today = Helsinki.today(clock);
        return Diploma.<Diploma>list("participantId", participantId).stream().anyMatch(d -> d.validOn(today));
    }

    private Gathering inOrganisation(String organisation, UUID id) {
        return Scoped.toOrganisation(Gathering.<Gathering>findById(id), g -> g.organisation, organisation, "The gathering");
    }

    private Gathering locked(String organisation, UUID id) {
        Gathering gathering = inOrganisation(organisation, id);
        Gathering.getEntityManager().lock(gathering, LockModeType.PESSIMISTIC_WRITE);
        return gathering;
    }

    private List<GatheringViews.SignupView> views(List<GatheringSignup> signups) {
        Map<UUID, String> names = peers.displayNames(signups.stream().map(s -> s.participantId).toList());
        return signups.stream().map(s -> new GatheringViews.SignupView(s.participantId, names.get(s.participantId),
                s.signedUpAt, s.attended))
                .sorted(Comparator.comparing(GatheringViews.SignupView::signedUpAt)
                        .thenComparing(GatheringViews.SignupView::participantId)).toList();
    }

    private static GatheringViews.GatheringView view(Gathering g, int signedUp, Boolean own) {
        return new GatheringViews.GatheringView(g.id, g.kind, g.title, g.startsAt, g.endsAt, g.place, g.capacity,
                g.termId, signedUp, own);
    }
}
