package fi.vertaistyo.scheduling.plan;

import fi.vertaistyo.scheduling.location.Location;
import fi.vertaistyo.scheduling.peer.Peers;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Plans and shifts as the coordinator sees them: who is on each shift (display names), the places
 * still open, and whether each assignment still stands under the rules. One query per kind of row.
 */
@ApplicationScoped
public class PlanViews {

    private final Peers peers;
    private final AssignmentRules rules;

    PlanViews(Peers peers, AssignmentRules rules) {
        this.peers = peers;
        this.rules = rules;
    }

    PlanView of(ShiftPlan plan, Location location, List<Shift> shifts) {
        return new PlanView(plan.id, location.id, location.name, plan.yearMonth(), plan.status, plan.publishedAt,
                shiftViews(shifts));
    }

    PlanView.ShiftView of(Shift shift) {
        return shiftViews(List.of(shift)).get(0);
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
