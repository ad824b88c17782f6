package fi.vertaistyo.scheduling.mine;

import fi.vertaistyo.kit.time.Helsinki;
import fi.vertaistyo.scheduling.absence.Absence;
import fi.vertaistyo.scheduling.absence.AbsenceViews.OwnAbsence;
import fi.vertaistyo.scheduling.absence.Absences;
import fi.vertaistyo.scheduling.calendar.ICalendar;
import fi.vertaistyo.scheduling.feedback.Feedback;
import fi.vertaistyo.scheduling.feedback.FeedbackViews.GiveFeedback;
import fi.vertaistyo.scheduling.feedback.FeedbackViews.Given;
import fi.vertaistyo.scheduling.location.Location;
import fi.vertaistyo.scheduling.peer.KnownPeer;
import fi.vertaistyo.scheduling.peer.Peers;
import fi.vertaistyo.scheduling.plan.AssignmentRules;
import fi.vertaistyo.scheduling.plan.Assignments;
import fi.vertaistyo.scheduling.plan.Plans;
import fi.vertaistyo.scheduling.plan.Shift;
import fi.vertaistyo.scheduling.plan.ShiftAssignment;
import fi.vertaistyo.kit.problem.DateRange;
import fi.vertaistyo.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A peer's own shifts and what they may do with them. The peer is recognised by their linked login only. */
@ApplicationScoped
public class MyShifts {

    private final Peers peers;
    private final Plans plans;
    private final Assignments assignments;
    private final AssignmentRules rules;
    private final Absences absences;
    private final Feedback feedback;
    private final EntityManager em;
    private final Clock clock;

    MyShifts(Peers peers, Plans plans, Assignments assignments, AssignmentRules rules, Absences absences,
            Feedback feedback, EntityManager em, Clock clock) {
        this.peers = peers;
        this.plans = plans;
        this.assignments = assignments;
        this.rules = rules;
        this.absences = absences;
        this.feedback = feedback;
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public List<MyShift> shifts(String organisation, String accountKey, DateRange range) {
        return shifts(peers.self(organisation, accountKey), range);
    }

    @Transactional
    public String calendar(String organisation, String accountKey, DateRange range) {
        return calendar(peers.self(organisation, accountKey), range);
    }

    /** The calendar of a peer known by id (a secret feed address belongs to the person, not a login). */
    @Transactional
    public String calendarOf(String organisation, UUID participantId, DateRange range) {
        return calendar(peers.inOrganisation(organisation, participantId)
                .orElseThrow(() -> ProblemException.notFound("Calendar feed")), range);
    }

    private List<MyShift> shifts(KnownPeer self, DateRange range) {
        List<Object[]> rows = em.createQuery("""
                select a, s, l from ShiftAssignment a, Shift s, Location l, ShiftPlan p
                where a.shiftId = s.id and s.locationId = l.id and s.planId = p.id
                and p.status = fi.vertaistyo.scheduling.plan.ShiftPlan.Status.PUBLISHED
                and a.participantId = :p and s.workDate between :from and :to
                and (a.state = fi.vertaistyo.scheduling.plan.ShiftAssignment.State.ASSIGNED or a.changedAfterPublish = true)
                order by s.workDate, s.startsAt, a.assignedAt""", Object[].class)
                .setParameter("p", self.participantId()).setParameter("from", range.from())
                .setParameter("to", range.to()).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> shiftIds = rows.stream().map(r -> ((Shift) r[1]).id).toList();
        ShiftContext context = context(self.participantId(), shiftIds);
        return rows.stream().map(r -> mine((ShiftAssignment) r[0], (Shift) r[1], (Location) r[2], context)).toList();
    }

    private String calendar(KnownPeer self, DateRange range) {
        List<ICalendar.Event> events = shifts(self, range).stream()
                .map(s -> new ICalendar.Event(s.dutyId().toString(),
                        s.date().atTime(s.start()).atZone(Helsinki.ZONE).toInstant(),
                        s.date().atTime(s.end()).atZone(Helsinki.ZONE).toInstant(),
                        "Shift: " + s.location(), s.address(),
                        s.state() == ShiftAssignment.State.ASSIGNED && !s.cancelled() ? ICalendar.Status.CONFIRMED
                                : ICalendar.Status.CANCELLED,
                        s.changed() || s.cancelled() || s.state() != ShiftAssignment.State.ASSIGNED ? 1 : 0))
                .toList();
        return ICalendar.write("My shifts", events, clock.instant());
    }

    /** Upcoming published shifts with a place the peer may take under every assignment rule. */
    @Transactional
    public List<MyShift.Open> open(String organisation, String accountKey, DateRange range) {
        KnownPeer self = peers.self(organisation, accountKey);
        Instant now = clock.instant();
        List<Object[]> rows = em.createQuery("""
                select s, l from Shift s, Location l, ShiftPlan p
                where s.locationId = l.id and s.planId = p.id
                and p.status = fi.vertaistyo.scheduling.plan.ShiftPlan.Status.PUBLISHED
                and s.organisation = :org and s.cancelled = false and s.workDate between :from and :to
                order by s.workDate, s.startsAt, l.name""", Object[].class)
                .setParameter("org", organisation).setParameter("from", range.from()).setParameter("to", range.to())
                .getResultList();
        List<MyShift.Open> open = new ArrayList<>();
        for (Object[] r : rows) {
            Shift s = (Shift) r[0];
            Location l = (Location) r[1];
            if (!s.start().isAfter(now)) {
                continue;
            }
            List<ShiftAssignment> active = plans.activeAssignments(s.id);
            if (active.stream().anyMatch(a -> a.participantId.equals(self.participantId()))) {
                continue;
            }
            int places = s.needed - active.size();
            boolean swap = places <= 0 && active.stream().anyMatch(a -> a.swapOffered);
            if ((places > 0 || swap) && rules.check(self, s, l).isEmpty()) {
                open.add(new MyShift.Open(s.id, s.workDate, s.startsAt, s.endsAt, l.name, l.address,
                        Math.max(places, 0), swap));
            }
        }
        return open;
    }

    @Transactional
    public MyShift signUp(String organisation, String accountKey, UUID shiftId) {
        KnownPeer self = peers.self(organisation, accountKey);
        ShiftAssignment duty = assignments.signUp(self, shiftId, accountKey);
        return mine(duty);
    }

    @Transactional
    public MyShift offerSwap(String organisation, String accountKey, UUID shiftId) {
        return mine(assignments.offerSwap(peers.self(organisation, accountKey), shiftId));
    }

    @Transactional
    public OwnAbsence reportAbsence(String organisation, String accountKey, UUID shiftId, String reason) {
        return absences.report(peers.self(organisation, accountKey), shiftId, reason, accountKey);
    }

    @Transactional
    public Given giveFeedback(String organisation, String accountKey, UUID shiftId, GiveFeedback form) {
        return feedback.give(peers.self(organisation, accountKey), shiftId, form);
    }

    private MyShift mine(ShiftAssignment duty) {
        Shift shift = Shift.findById(duty.shiftId);
        return mine(duty, shift, Location.findById(shift.locationId), context(duty.participantId, List.of(shift.id)));
    }

    /** What a peer's shift view adds to the shift rows, read in three queries for the whole list. */
    private record ShiftContext(Map<UUID, List<String>> coworkers, Set<UUID> feedbackGiven,
            Map<UUID, Absence.Notice> absences) {
    }

    private ShiftContext context(UUID participantId, List<UUID> shiftIds) {
        Map<UUID, List<String>> coworkers = new HashMap<>();
        em.createQuery("""
                select a.shiftId, p.displayName from ShiftAssignment a, KnownPeer p
                where a.participantId = p.participantId and a.shiftId in :shifts and a.participantId <> :self
                and a.state = fi.vertaistyo.scheduling.plan.ShiftAssignment.State.ASSIGNED
                order by a.assignedAt""", Object[].class)
                .setParameter("shifts", shiftIds).setParameter("self", participantId).getResultStream()
                .forEach(r -> coworkers.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((String) r[1]));
        Set<UUID> feedbackGiven = new HashSet<>(em.createQuery("""
                select f.shiftId from ShiftFeedback f where f.shiftId in :shifts and f.participantId = :self""", UUID.class)
                .setParameter("shifts", shiftIds).setParameter("self", participantId).getResultList());
        Map<UUID, Absence.Notice> absences = new HashMap<>();
        em.createQuery("""
                select a.shiftId, a.notice from Absence a where a.shiftId in :shifts and a.participantId = :self
                order by a.recordedAt""", Object[].class)
                .setParameter("shifts", shiftIds).setParameter("self", participantId).getResultStream()
                .forEach(r -> absences.put((UUID) r[0], (Absence.Notice) r[1]));
        return new ShiftContext(coworkers, feedbackGiven, absences);
    }

    private static MyShift mine(ShiftAssignment a, Shift s, Location l, ShiftContext context) {
        return new MyShift(s.id, a.id, s.workDate, s.startsAt, s.endsAt, l.name, l.address, a.state, a.swapOffered,
                s.changedAfterPublish, s.cancelled, context.coworkers().getOrDefault(s.id, List.of()),
                context.feedbackGiven().contains(s.id), context.absences().get(s.id));
    }
}
