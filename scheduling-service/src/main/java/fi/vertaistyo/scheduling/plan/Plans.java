package fi.vertaistyo.scheduling.plan;

import fi.vertaistyo.scheduling.location.Location;
import fi.vertaistyo.scheduling.location.Locations;
import fi.vertaistyo.scheduling.peer.Peers;
import fi.vertaistyo.scheduling.plan.PlanRequests.AddShift;
import fi.vertaistyo.scheduling.plan.PlanRequests.CancelShift;
import fi.vertaistyo.scheduling.plan.PlanRequests.ChangeShift;
import fi.vertaistyo.scheduling.plan.PlanRequests.CreatePlan;
import fi.vertaistyo.scheduling.plan.PlanRequests.RecurringShifts;
import fi.vertaistyo.kit.problem.ProblemException;
import fi.vertaistyo.kit.problem.Scoped;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Monthly plans and their shifts, as the coordinator makes and amends them. */
@ApplicationScoped
public class Plans {

    private final Locations locations;
    private final Peers peers;
    private final AssignmentRules rules;
    private final PlanViews views;
    private final ChangeLog changes;
    private final Event<DutyChanged> dutyChanged;
    private final Clock clock;

    Plans(Locations locations, Peers peers, AssignmentRules rules, PlanViews views, ChangeLog changes, Event<DutyChanged> dutyChanged,
            Clock clock) {
        this.locations = locations;
        this.peers = peers;
        this.rules = rules;
        this.views = views;
        this.changes = changes;
        this.dutyChanged = dutyChanged;
        this.clock = clock;
    }

    @Transactional
    public PlanView create(String organisation, CreatePlan request) {
        Location location = locations.find(organisation, request.locationId());
        LocalDate month = request.month().atDay(1);
        if (ShiftPlan.count("locationId = ?1 and month = ?2", location.id, month) > 0) {
            throw ProblemException.refused("Plan exists", "PLAN_EXISTS", "This location already has a plan for " + request.month() + ".");
        }
        ShiftPlan plan = ShiftPlan.draft(organisation, location.id, request.month(), clock.instant());
        plan.persist();
        return view(plan, location);
    }

    @Transactional
    public List<PlanView.Summary> list(String organisation, YearMonth month, UUID locationId) {
        StringBuilder query = new StringBuilder("organisation = :org");
        Map<String, Object> params = new java.util.HashMap<>(Map.of("org", organisation));
        if (month != null) {
            query.append(" and month = :month");
            params.put("month", month.atDay(1));
        }
        if (locationId != null) {
            query.append(" and locationId = :location");
            params.put("location", locationId);
        }
        return ShiftPlan.<ShiftPlan>list(query.toString(), Sort.by("month").and("locationId"), params).stream()
                .map(PlanView.Summary::of).toList();
    }

    @Transactional
    public PlanView get(String organisation, UUID planId) {
        ShiftPlan plan = plan(organisation, planId);
        return view(plan, locations.find(organisation, plan.locationId));
    }

    @Transactional
    public PlanView.ShiftView addShift(String organisation, UUID planId, AddShift request, String by) {
        ShiftPlan plan = plan(organisation, planId);
        Location location = locations.find(organisation, plan.locationId);
        Shift shift = newShift(plan, location, request.date(), request.start(), request.end(), request.needed());
        if (plan.isPublished()) {
            changes.record(shift, ShiftChange.What.ADDED, null, null, by);
        }
        return views.of(shift);
    }

    /** Creates the shift on each of the weekdays in the plan's month. */
    @Transactional
    public PlanView addRecurring(String organisation, UUID planId, RecurringShifts request, String by) {
        ShiftPlan plan = plan(organisation, planId);
        Location location = locations.find(organisation, plan.locationId);
        YearMonth month = plan.yearMonth();
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            if (request.weekdays().contains(day.getDayOfWeek())) {
                Shift shift = newShift(plan, location, day, request.start(), request.end(), request.needed());
                if (plan.isPublished()) {
                    changes.record(shift, ShiftChange.What.ADDED, null, null, by);
                }
            }
        }
        return view(plan, location);
    }

    /** Makes the plan visible to its peers (their shifts and calendar) and the partner offices (desk duty). */
    @Transactional
    public PlanView publish(String organisation, UUID planId, String by) {
        ShiftPlan plan = plan(organisation, planId);
        if (plan.isPublished()) {
            throw ProblemException.refused("Already published", "ALREADY_PUBLISHED", "The plan was published at " + plan.publishedAt + ".");
        }
        Location location = locations.find(organisation, plan.locationId);
        plan.status = ShiftPlan.Status.PUBLISHED;
        plan.publishedAt = clock.instant();
        plan.publishedBy = by;
        for (Shift shift : shiftsOf(plan)) {
            if (!shift.cancelled) {
                for (ShiftAssignment duty : activeAssignments(shift.id)) {
                    dutyChanged.fire(new DutyChanged(location, shift, duty));
                }
            }
        }
        return view(plan, location);
    }

    @Transactional
    public PlanView.ShiftView change(String organisation, UUID shiftId, ChangeShift request, String by) {
        Shift shift = lockedShift(organisation, shiftId);
        ShiftPlan plan = ShiftPlan.findById(shift.planId);
        Location location = locations.find(organisation, shift.locationId);
        refuseIfCancelled(shift);
        requireReasonIfPublished(plan, request.reason());
        Shift.checkTimes(location, shift.workDate, request.start(), request.end());
        List<ShiftAssignment> active = activeAssignments(shift.id);
        if (request.needed() < active.size()) {
            throw ProblemException.refused("Shift change refused", "NEEDED_BELOW_ASSIGNED",
                    active.size() + " peers are on this shift; remove one first.");
        }
        boolean timeChanged = !request.start().equals(shift.startsAt) || !request.end().equals(shift.endsAt);
        boolean neededChanged = request.needed() != shift.needed;
        shift.startsAt = request.start();
        shift.endsAt = request.end();
        shift.needed = request.needed();
        if (timeChanged) {
            for (ShiftAssignment duty : active) {
                peers.lockInOrganisation(organisation, duty.participantId)
                        .flatMap(peer -> rules.check(peer, shift, location))
                        .ifPresent(refusal -> {
                            throw ProblemException.refused("Shift change refused", refusal.reason(),
                                    "A peer on this shift could not work the new time: " + refusal.detail());
                        });
            }
        }
        if (plan.isPublished() && (timeChanged || neededChanged)) {
            changes.record(shift, timeChanged ? ShiftChange.What.TIME_CHANGED : ShiftChange.What.NEEDED_CHANGED, null,
                    request.reason(), by);
            if (timeChanged) {
                shift.changedAfterPublish = true;
                active.forEach(duty -> dutyChanged.fire(new DutyChanged(location, shift, duty)));
            }
        }
        return views.of(shift);
    }

    @Transactional
    public PlanView.ShiftView cancel(String organisation, UUID shiftId, CancelShift request, String by) {
        Shift shift = lockedShift(organisation, shiftId);
        ShiftPlan plan = ShiftPlan.findById(shift.planId);
        refuseIfCancelled(shift);
        requireReasonIfPublished(plan, request.reason());
        shift.cancelled = true;
        if (plan.isPublished()) {
            changes.record(shift, ShiftChange.What.CANCELLED, null, request.reason(), by);
            Location location = locations.find(organisation, shift.locationId);
            activeAssignments(shift.id).forEach(duty -> dutyChanged.fire(new DutyChanged(location, shift, duty)));
        }
        return views.of(shift);
    }

    @Transactional
    public List<PlanView.ChangeView> changes(String organisation, UUID shiftId) {
        Shift shift = shift(organisation, shiftId);
        return ShiftChange.<ShiftChange>list("shiftId", Sort.by("changedAt").and("id"), shift.id).stream()
                .map(PlanView.ChangeView::of).toList();
    }

    // ---- lookups shared with assignments, absences, attendance --------------------------------

    @Transactional(Transactional.TxType.MANDATORY)
    public ShiftPlan plan(String organisation, UUID planId) {
        return Scoped.toOrganisation(ShiftPlan.<ShiftPlan>findById(planId), p -> p.organisation, organisation, "Plan");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Shift shift(String organisation, UUID shiftId) {
        return Scoped.toOrganisation(Shift.<Shift>findById(shiftId), s -> s.organisation, organisation, "Shift");
    }

    /** The shift locked for the rest of the transaction: its places are handed out one at a time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Shift lockedShift(String organisation, UUID shiftId) {
        return Scoped.toOrganisation(Shift.<Shift>findById(shiftId, LockModeType.PESSIMISTIC_WRITE), s -> s.organisation,
                organisation, "Shift");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<ShiftAssignment> activeAssignments(UUID shiftId) {
        return ShiftAssignment.list("shiftId = ?1 and state = ?2", Sort.by("assignedAt").and("id"), shiftId,
                ShiftAssignment.State.ASSIGNED);
    }

    static void refuseIfCancelled(Shift shift) {
        if (shift.cancelled) {
            throw ProblemException.refused("Shift cancelled", "SHIFT_CANCELLED", "The shift has been cancelled.");
        }
    }

    static void requireReasonIfPublished(ShiftPlan plan, String reason) {
        if (plan.isPublished() && (reason == null || reason.isBlank())) {
            throw new ProblemException(400, "Reason required",
                    "The plan is published: say why it changes, peers and partner offices are told.");
        }
    }

    private Shift newShift(ShiftPlan plan, Location location, LocalDate day, LocalTime start, LocalTime end,
            Integer needed) {
        if (!YearMonth.from(day).equals(plan.yearMonth())) {
            throw new ProblemException(400, "Invalid request", "The shift's date is not in the plan's month.");
        }
        Shift.checkTimes(location, day, start, end);
        Shift shift = Shift.of(plan, location, day, start, end, needed);
        shift.persist();
        return shift;
    }

    private List<Shift> shiftsOf(ShiftPlan plan) {
        return Shift.list("planId", Sort.by("workDate").and("startsAt").and("id"), plan.id);
    }

    private PlanView view(ShiftPlan plan, Location location) {
        return views.of(plan, location, shiftsOf(plan));
    }
}
