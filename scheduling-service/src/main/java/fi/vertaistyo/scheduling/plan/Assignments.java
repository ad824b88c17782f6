package fi.vertaistyo.scheduling.plan;

import fi.vertaistyo.scheduling.location.Location;
import fi.vertaistyo.scheduling.location.Locations;
import fi.vertaistyo.scheduling.peer.KnownPeer;
import fi.vertaistyo.scheduling.peer.Peers;
import fi.vertaistyo.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who is on which shift. Every way onto a shift (the coordinator assigns, a peer signs up or takes
 * a swap) passes the same {@link AssignmentRules}; the peer row and then the shift row are locked,
 * so two requests cannot both take the last place or both push a peer over their days.
 */
@ApplicationScoped
public class Assignments {

    private final Plans plans;
    private final PlanViews views;
    private final Locations locations;
    private final Peers peers;
    private final AssignmentRules rules;
    private final ChangeLog changes;
    private final Event<DutyChanged> dutyChanged;
    private final Clock clock;

    Assignments(Plans plans, PlanViews views, Locations locations, Peers peers, AssignmentRules rules, ChangeLog changes,
            Event<DutyChanged> dutyChanged, Clock clock) {
        this.plans = plans;
        this.views = views;
        this.locations = locations;
        this.peers = peers;
        this.rules = rules;
        this.changes = changes;
        this.dutyChanged = dutyChanged;
        this.clock = clock;
    }

    /** The coordinator puts a peer on a shift. */
    @Transactional
    public PlanView.ShiftView assign(String organisation, UUID shiftId, UUID participantId, String reason, String by) {
        plans.shift(organisation, shiftId);
        KnownPeer peer = peers.lockInOrganisation(organisation, participantId)
                .orElseThrow(() -> new ProblemException(422, "Unknown peer", "No such peer in your organisation."));
        Shift shift = plans.lockedShift(organisation, shiftId);
        ShiftPlan plan = ShiftPlan.findById(shift.planId);
        Plans.refuseIfCancelled(shift);
        Plans.requireReasonIfPublished(plan, reason);
        Location location = locations.find(organisation, shift.locationId);
        List<ShiftAssignment> active = plans.activeAssignments(shift.id);
        refuseIfOnIt(active, participantId);
        if (active.size() >= shift.needed) {
            throw full();
        }
        checkRules(peer, shift, location);
        ShiftAssignment duty = add(shift, peer);
        if (plan.isPublished()) {
            changes.record(shift, ShiftChange.What.ASSIGNED, participantId, reason, by);
            dutyChanged.fire(new DutyChanged(location, shift, duty));
        }
        return views.of(shift);
    }

    /**
     * Every current peer of the organisation as a choice for the shift, judged by the same rules an
     * assignment is: those on it first, then those who can be assigned, then the rest with the reason.
     */
    @Transactional
    public List<PlanView.Candidate> candidates(String organisation, UUID shiftId) {
        Shift shift = plans.shift(organisation, shiftId);
        Location location = locations.find(organisation, shift.locationId);
        Set<UUID> on = plans.activeAssignments(shift.id).stream().map(a -> a.participantId).collect(Collectors.toSet());
        return peers.current(organisation).stream().map(peer -> {
            if (on.contains(peer.participantId())) {
                return new PlanView.Candidate(peer.participantId(), peer.displayName(), true, null, null);
            }
            return rules.check(peer, shift, location)
                    .map(r -> new PlanView.Candidate(peer.participantId(), peer.displayName(), false, r.reason(), r.detail()))
                    .orElseGet(() -> new PlanView.Candidate(peer.participantId(), peer.displayName(), false, null, null));
        }).sorted(Comparator.comparingInt(Assignments::rank)).toList();
    }

    private static int rank(PlanView.Candidate c) {
        return c.onShift() ? 0 : c.reason() == null ? 1 : 2;
    }

    /** The coordinator takes a peer off a shift. The row stays, so partner offices see the duty cancelled. */
    @Transactional
    public PlanView.ShiftView unassign(String organisation, UUID shiftId, UUID participantId, String reason, String by) {
        Shift shift = plans.lockedShift(organisation, shiftId);
        ShiftPlan plan = ShiftPlan.findById(shift.planId);
        Plans.requireReasonIfPublished(plan, reason);
        ShiftAssignment duty = activeOf(shift, participantId)
                .orElseThrow(() -> ProblemException.notFound("Assignment"));
        duty.state = ShiftAssignment.State.REMOVED;
        if (plan.isPublished()) {
            duty.changedAfterPublish = true;
            changes.record(shift, ShiftChange.What.UNASSIGNED, participantId, reason, by);
            dutyChanged.fire(new DutyChanged(locations.find(organisation, shift.locationId), shift, duty));
        }
        return views.of(shift);
    }

    /**
     * A peer takes an open place on a published shift, or, when it is full, the place a peer offered
     * for swap (that peer is released).
     */
    @Transactional
    public ShiftAssignment signUp(KnownPeer self, UUID shiftId, String by) {
        plans.shift(self.organisation(), shiftId);
        KnownPeer peer = peers.lockInOrganisation(self.organisation(), self.participantId()).orElseThrow();
        Shift shift = plans.lockedShift(self.organisation(), shiftId);
        ShiftPlan plan = ShiftPlan.findById(shift.planId);
        refuseUnlessUpcomingAndPublished(plan, shift);
        Location location = locations.find(self.organisation(), shift.locationId);
        List<ShiftAssignment> active = plans.activeAssignments(shift.id);
        refuseIfOnIt(active, peer.participantId());
        Optional<ShiftAssignment> offered = active.stream().filter(a -> a.swapOffered).findFirst();
        if (active.size() >= shift.needed && offered.isEmpty()) {
            throw full();
        }
        checkRules(peer, shift, location);
        if (active.size() >= shift.needed) {
            ShiftAssignment released = offered.get();
            released.state = ShiftAssignment.State.SWAPPED;
            released.swapOffered = false;
            released.changedAfterPublish = true;
            changes.record(shift, ShiftChange.What.SWAPPED, released.participantId, "taken over by another peer", by);
            dutyChanged.fire(new DutyChanged(location, shift, released));
        }
        ShiftAssignment duty = add(shift, peer);
        changes.record(shift, ShiftChange.What.SIGNED_UP, peer.participantId(), null, by);
        dutyChanged.fire(new DutyChanged(location, shift, duty));
        return duty;
    }

    /** A peer offers their upcoming shift to others; it stays theirs until someone eligible takes it. */
    @Transactional
    public ShiftAssignment offerSwap(KnownPeer self, UUID shiftId) {
        Shift shift = plans.lockedShift(self.organisation(), shiftId);
        refuseUnlessUpcomingAndPublished(ShiftPlan.findById(shift.planId), shift);
        ShiftAssignment duty = activeOf(shift, self.participantId())
                .orElseThrow(() -> ProblemException.notFound("Your assignment"));
        duty.swapOffered = true;
        return duty;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ShiftAssignment> activeOf(Shift shift, UUID participantId) {
        return ShiftAssignment.<ShiftAssignment>find("shiftId = ?1 and participantId = ?2 and state = ?3", shift.id,
                participantId, ShiftAssignment.State.ASSIGNED).firstResultOptional();
    }

    private void refuseUnlessUpcomingAndPublished(ShiftPlan plan, Shift shift) {
        if (!plan.isPublished()) {
            throw ProblemException.notFound("Shift");
        }
        Plans.refuseIfCancelled(shift);
        if (!shift.start().isAfter(clock.instant())) {
            throw ProblemException.refused("Shift has started", "SHIFT_STARTED", "The shift has already started.");
        }
    }

    private void checkRules(KnownPeer peer, Shift shift, Location location) {
        rules.check(peer, shift, location).ifPresent(refusal -> {
            throw ProblemException.refused("Assignment refused", refusal.reason(), refusal.detail());
        });
    }

    private static void refuseIfOnIt(List<ShiftAssignment> active, UUID participantId) {
        if (active.stream().anyMatch(a -> a.participantId.equals(participantId))) {
            throw ProblemException.refused("Assignment refused", "ALREADY_ASSIGNED", "The peer is already on this shift.");
        }
    }

    private static ProblemException full() {
        return ProblemException.refused("Assignment refused", "SHIFT_FULL", "The shift has all the peers it needs.");
    }

    private ShiftAssignment add(Shift shift, KnownPeer peer) {
        ShiftAssignment duty = ShiftAssignment.of(shift, peer.participantId(), clock.instant());
        duty.persist();
        return duty;
    }
}
