package fi.vertaistyo.scheduling.plan;

import fi.vertaistyo.scheduling.deskduty.DeskDutyPublisher;
import fi.vertaistyo.scheduling.location.Location;
import fi.vertaistyo.scheduling.location.Locations;
import fi.vertaistyo.scheduling.peer.Peers;
import fi.vertaistyo.scheduling.plan.PlanRequests.AddShift;
import fi.vertaistyo.scheduling.plan.PlanRequests.CancelShift;
import fi.vertaistyo.scheduling.plan.PlanRequests.ChangeShift;
import fi.vertaistyo.scheduling.plan.PlanRequests.CreatePlan;
import fi.vertaistyo.scheduling.plan.PlanRequests.RecurringShifts;
import fi.vertaistyo.scheduling.web.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Monthly plans and their shifts, as the coordinator makes and amends them. */
@ApplicationScoped
public class Plans {

    private final Locations locations;
    private final Peers peers;
    private final AssignmentRules rules;
    private final ChangeLog changes;
    private final DeskDutyPublisher deskDuty;
    private final Clock clock;

    Plans(Locations locations, Peers peers, AssignmentRules rules, ChangeLog changes, DeskDutyPublisher deskDuty,
            Clock clock) {
        this.locations = locations;
        this.peers = peers;
        this.rules = rules;
        this.changes = changes;
        this.deskDuty = deskDuty;
        this.clock = clock;
    }

    @Transactional
    public PlanView create(String organisation, CreatePlan request) {
        Location location = locations.find(organisation, request.locationId());
        LocalDate month = request.month().atDay(1);
        if (ShiftPlan.count("locationId = ?1 and month = ?2", location.id, month) > 0) {
            throw new ProblemException(409, "Plan exists", "This location already has a plan for " + request.month() + ".");
        }
        ShiftPlan plan = new ShiftPlan();
        plan.id = UUID.randomUUID();
        plan.organisation = organisation;
        plan.locationId = location.id;
        plan.month = month;
        plan.status = ShiftPlan.Status.DRAFT;
        plan.createdAt = clock.instant();
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
        return shiftViews(List.of(shift)).get(0);
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
            throw new ProblemException(409, "Already published", "The plan was published at " + plan.publishedAt + ".");
        }
        Location location = locations.find(organisation, plan.locationId);
        plan.status = ShiftPlan.Status.PUBLISHED;
        plan.publishedAt = clock.instant();
        plan.publishedBy = by;
        for (Shift shift : shiftsOf(plan)) {
            if (!shift.cancelled) {
                for (ShiftAssignment duty : activeAssignments(shift.id)) {
                    deskDuty.dutyChanged(location, shift, duty);
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
        checkTimes(location, shift.workDate, request.start(), request.end());
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
                active.forEach(duty -> deskDuty.dutyChanged(location, shift, duty));
            }
        }
        return shiftViews(List.of(shift)).get(0);
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
            activeAssignments(shift.id).forEach(duty -> deskDuty.dutyChanged(location, shift, duty));
        }
        return shiftViews(List.of(shift)).get(0);
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
        ShiftPlan plan = ShiftPlan.findById(planId);
        if (plan == null || !plan.organisation.equals(organisation)) {
            throw ProblemException.notFound("Plan");
        }
        return plan;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Shift shift(String organisation, UUID shiftId) {
        Shift shift = Shift.findById(shiftId);
        if (shift == null || !shift.organisation.equals(organisation)) {
            throw ProblemException.notFound("Shift");
        }
        return shift;
    }

    /** The shift locked for the rest of the transaction: its places are handed out one at a time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Shift lockedShift(String organisation, UUID shiftId) {
        Shift shift = Shift.findById(shiftId, LockModeType.PESSIMISTIC_WRITE);
        if (shift == null || !shift.organisation.equals(organisation)) {
            throw ProblemException.notFound("Shift");
        }
        return shift;
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
        checkTimes(location, day, start, end);
        Shift shift = new Shift();
        shift.id = UUID.randomUUID();
        shift.planId = plan.id;
        shift.organisation = plan.organisation;
        shift.locationId = location.id;
        shift.workDate = day;
        shift.startsAt = start;
        shift.endsAt = end;
        shift.needed = needed != null ? needed : location.isPartnerDesk() ? location.guidesPerDuty : 1;
        shift.persist();
        return shift;
    }

    private static void checkTimes(Location location, LocalDate day, LocalTime start, LocalTime end) {
        if (!end.isAfter(start)) {
            throw new ProblemException(400, "Invalid request", "A shift must end after it starts, on the same day.");
        }
        if (location.isPartnerDesk() && (!location.dutyWeekdays().contains(day.getDayOfWeek())
                || start.isBefore(location.dutyStarts) || end.isAfter(location.dutyEnds))) {
            throw ProblemException.refused("Outside the desk-duty agreement", "OUTSIDE_DESK_AGREEMENT",
                    "The agency agreed desk duty on " + location.dutyWeekdays() + " between " + location.dutyStarts
                            + " and " + location.dutyEnds + ".");
        }
    }

    private List<Shift> shiftsOf(ShiftPlan plan) {
        return Shift.list("planId", Sort.by("workDate").and("startsAt").and("id"), plan.id);
    }

    private PlanView view(ShiftPlan plan, Location location) {
        return new PlanView(plan.id, location.id, location.name, plan.yearMonth(), plan.status, plan.publishedAt,
                shiftViews(shiftsOf(plan)));
    }

    List<PlanView.ShiftView> shiftViews(List<Shift> shifts) {
        if (shifts.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = shifts.stream().map(s -> s.id).toList();
        Map<UUID, List<ShiftAssignment>> byShift = ShiftAssignment.<ShiftAssignment>list("shiftId in ?1",
                Sort.by("assignedAt").and("id"), ids).stream()
                .collect(Collectors.groupingBy(a -> a.shiftId));
        Map<UUID, String> names = names(byShift.values().stream().flatMap(Collection::stream)
                .map(a -> a.participantId).distinct().toList());
        Map<UUID, Location> locationsById = new HashMap<>();
        List<PlanView.ShiftView> views = new ArrayList<>();
        for (Shift s : shifts) {
            List<ShiftAssignment> assigned = byShift.getOrDefault(s.id, List.of());
            long active = assigned.stream().filter(ShiftAssignment::isActive).count();
            Location location = locationsById.computeIfAbsent(s.locationId, id -> Location.findById(id));
            views.add(new PlanView.ShiftView(s.id, s.workDate, s.startsAt, s.endsAt, s.needed,
                    s.cancelled ? 0 : (int) Math.max(0, s.needed - active), s.cancelled, s.changedAfterPublish,
                    assigned.stream().map(a -> new PlanView.Assignee(a.id, a.participantId, names.get(a.participantId),
                            a.state, a.swapOffered, a.isActive() && !s.cancelled
                                    ? rules.standing(a.participantId, location, s.workDate) : null)).toList()));
        }
        return views;
    }

    private Map<UUID, String> names(List<UUID> participantIds) {
        return participantIds.isEmpty() ? Map.of() : peers.displayNames(participantIds);
    }
}
