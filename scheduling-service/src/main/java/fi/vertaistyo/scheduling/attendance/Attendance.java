package fi.vertaistyo.scheduling.attendance;

import fi.vertaistyo.scheduling.attendance.AttendanceRequests.AttendanceView;
import fi.vertaistyo.scheduling.attendance.AttendanceRequests.ConfirmAttendance;
import fi.vertaistyo.scheduling.attendance.AttendanceRequests.Entry;
import fi.vertaistyo.scheduling.attendance.AttendanceRequests.Unconfirmed;
import fi.vertaistyo.scheduling.location.Location;
import fi.vertaistyo.scheduling.location.Locations;
import fi.vertaistyo.kit.outbox.Outbox;
import fi.vertaistyo.scheduling.peer.Peers;
import fi.vertaistyo.scheduling.plan.Plans;
import fi.vertaistyo.scheduling.plan.Shift;
import fi.vertaistyo.scheduling.plan.ShiftAssignment;
import fi.vertaistyo.scheduling.plan.ShiftPlan;
import fi.vertaistyo.kit.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Hours actually worked, confirmed and corrected by coordinators and published for payouts. */
@ApplicationScoped
public class Attendance {

    private final Plans plans;
    private final Locations locations;
    private final Peers peers;
    private final Outbox outbox;
    private final Clock clock;
    private final String topic;

    Attendance(Plans plans, Locations locations, Peers peers, Outbox outbox, Clock clock,
            @ConfigProperty(name = "vertaistyo.topics.attendance") String topic) {
        this.plans = plans;
        this.locations = locations;
        this.peers = peers;
        this.outbox = outbox;
        this.clock = clock;
        this.topic = topic;
    }

    /** Confirms the peers on a shift that has started: as planned unless an entry says otherwise. */
    @Transactional
    public List<AttendanceView> confirm(String organisation, UUID shiftId, ConfirmAttendance request, String by) {
        Shift shift = plans.lockedShift(organisation, shiftId);
        ShiftPlan plan = ShiftPlan.findById(shift.planId);
        if (!plan.isPublished() || shift.cancelled) {
            throw ProblemException.refused("Attendance refused", "SHIFT_NOT_WORKED",
                    "Only shifts of a published plan that were not cancelled can be confirmed.");
        }
        if (shift.start().isAfter(clock.instant())) {
            throw ProblemException.refused("Attendance refused", "SHIFT_NOT_STARTED",
                    "The shift has not started yet.");
        }
        Location location = locations.find(organisation, shift.locationId);
        Map<UUID, ShiftAssignment> onShift = plans.activeAssignments(shift.id).stream()
                .collect(Collectors.toMap(a -> a.participantId, Function.identity()));
        Set<UUID> confirmed = AttendanceRecord.<AttendanceRecord>list("shiftId = ?1 and current = true", shift.id)
                .stream().map(r -> r.participantId).collect(Collectors.toSet());
        List<Entry> entries = request == null || request.entries() == null || request.entries().isEmpty()
                ? onShift.keySet().stream().filter(p -> !confirmed.contains(p))
                        .map(p -> new Entry(p, shift.minutes())).toList()
                : request.entries();
        if (entries.stream().map(Entry::participantId).distinct().count() < entries.size()) {
            throw new ProblemException(400, "Invalid request", "A peer is named twice.");
        }
        for (Entry entry : entries) {
            if (!onShift.containsKey(entry.participantId())) {
                throw ProblemException.refused("Attendance refused", "NOT_ON_SHIFT",
                        "A peer named is not on this shift (absent peers are not confirmed).");
            }
            if (confirmed.contains(entry.participantId())) {
                throw ProblemException.refused("Attendance refused", "ALREADY_CONFIRMED",
                        "A peer named is already confirmed; correct it instead.");
            }
            append(shift, location, entry.participantId(), entry.minutes(), null, null, by);
        }
        return list(organisation, shiftId);
    }

    /** A later correction: a new current record that names the one it replaces, published the same way. */
    @Transactional
    public List<AttendanceView> correct(String organisation, UUID shiftId, UUID participantId, int minutes,
            String reason, String by) {
        Shift shift = plans.lockedShift(organisation, shiftId);
        AttendanceRecord previous = current(shift.id, participantId)
                .orElseThrow(() -> ProblemException.notFound("Confirmed attendance"));
        previous.current = false;
        // Flush so the partial unique index sees one current record at a time.
        AttendanceRecord.flush();
        append(shift, locations.find(organisation, shift.locationId), participantId, minutes, previous.id, reason, by);
        return list(organisation, shiftId);
    }

    /** What is still to confirm in the range: shifts that have started, with peers on them, and no record. */
    @Transactional
    public List<Unconfirmed> unconfirmed(String organisation, LocalDate from, LocalDate to) {
        List<Shift> shifts = Shift.list("""
                from Shift s where s.organisation = ?1 and s.cancelled = false and s.workDate between ?2 and ?3
                and exists (from ShiftPlan p where p.id = s.planId
                    and p.status = fi.vertaistyo.scheduling.plan.ShiftPlan.Status.PUBLISHED)
                and exists (from ShiftAssignment a where a.shiftId = s.id
                    and a.state = fi.vertaistyo.scheduling.plan.ShiftAssignment.State.ASSIGNED)
                and not exists (from AttendanceRecord r where r.shiftId = s.id)
                order by s.workDate, s.startsAt, s.id""", organisation, from, to);
        Instant now = clock.instant();
        Map<UUID, Location> byId = new HashMap<>();
        return shifts.stream().filter(s -> s.start().isBefore(now)).map(s -> {
            Location location = byId.computeIfAbsent(s.locationId, id -> locations.find(organisation, id));
            int on = (int) ShiftAssignment.count("shiftId = ?1 and state = ?2", s.id, ShiftAssignment.State.ASSIGNED);
            return new Unconfirmed(s.id, location.id, location.name, s.workDate, s.startsAt, s.endsAt, on);
        }).toList();
    }

    @Transactional
    public List<AttendanceView> list(String organisation, UUID shiftId) {
        Shift shift = plans.shift(organisation, shiftId);
        List<AttendanceRecord> records = AttendanceRecord.list("shiftId", Sort.by("confirmedAt").and("id"), shift.id);
        Map<UUID, String> names = peers.displayNames(records.stream().map(r -> r.participantId).distinct().toList());
        return records.stream().map(r -> new AttendanceView(r.id, r.participantId, names.get(r.participantId),
                r.workDate, r.minutes, r.corrects, r.current, r.reason, r.confirmedAt)).toList();
    }

    private Optional<AttendanceRecord> current(UUID shiftId, UUID participantId) {
        return AttendanceRecord.<AttendanceRecord>find("shiftId = ?1 and participantId = ?2 and current = true",
                shiftId, participantId).firstResultOptional();
    }

    private void append(Shift shift, Location location, UUID participantId, int minutes, UUID corrects, String reason,
            String by) {
        AttendanceRecord r = AttendanceRecord.of(shift, location, participantId, minutes, corrects, reason, by,
                clock.instant());
        r.persist();
        outbox.publish(topic, AttendanceConfirmed.TYPE, participantId.toString(), new AttendanceConfirmed(r.id,
                participantId, r.organisation, r.programmeId, location.id, location.name, shift.id, shift.workDate,
                minutes, corrects));
    }
}
