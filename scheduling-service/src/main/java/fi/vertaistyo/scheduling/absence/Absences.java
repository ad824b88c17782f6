package fi.vertaistyo.scheduling.absence;

import fi.vertaistyo.scheduling.absence.AbsenceViews.AbsenceView;
import fi.vertaistyo.scheduling.absence.AbsenceViews.OwnAbsence;
import fi.vertaistyo.scheduling.absence.AbsenceViews.RecordAbsence;
import fi.vertaistyo.scheduling.location.Location;
import fi.vertaistyo.scheduling.location.Locations;
import fi.vertaistyo.scheduling.peer.KnownPeer;
import fi.vertaistyo.scheduling.peer.Peers;
import fi.vertaistyo.scheduling.peer.ProgrammeTerms;
import fi.vertaistyo.scheduling.plan.Assignments;
import fi.vertaistyo.scheduling.plan.ChangeLog;
import fi.vertaistyo.scheduling.plan.DutyChanged;
import fi.vertaistyo.scheduling.plan.Plans;
import fi.vertaistyo.scheduling.plan.Shift;
import fi.vertaistyo.scheduling.plan.ShiftAssignment;
import fi.vertaistyo.scheduling.plan.ShiftChange;
import fi.vertaistyo.scheduling.plan.ShiftPlan;
import fi.vertaistyo.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absences and the notice rule: reported at least the programme's notice period (default 24 h)
 * before the shift starts is in time, later is late; a coordinator can record no notice. The place
 * opens for eligible replacements; partner offices see the duty cancelled.
 */
@ApplicationScoped
public class Absences {

    private final Plans plans;
    private final Assignments assignments;
    private final Locations locations;
    private final Peers peers;
    private final ChangeLog changes;
    private final Event<DutyChanged> dutyChanged;
    private final EntityManager em;
    private final Clock clock;
    private final int defaultNoticeHours;

    Absences(Plans plans, Assignments assignments, Locations locations, Peers peers, ChangeLog changes,
            Event<DutyChanged> dutyChanged, EntityManager em, Clock clock,
            @ConfigProperty(name = "vertaistyo.absence.default-notice-hours", defaultValue = "24") int defaultNoticeHours) {
        this.plans = plans;
        this.assignments = assignments;
        this.locations = locations;
        this.peers = peers;
        this.changes = changes;
        this.dutyChanged = dutyChanged;
        this.em = em;
        this.clock = clock;
        this.defaultNoticeHours = defaultNoticeHours;
    }

    /** The peer reports their own absence, before the shift starts. */
    @Transactional
    public OwnAbsence report(KnownPeer self, UUID shiftId, String reason, String by) {
        Shift shift = plans.lockedShift(self.organisation(), shiftId);
        ShiftPlan plan = ShiftPlan.findById(shift.planId);
        if (!plan.isPublished()) {
            throw ProblemException.notFound("Shift");
        }
        Instant now = clock.instant();
        if (!shift.start().isAfter(now)) {
            throw ProblemException.refused("Shift has started", "SHIFT_STARTED",
                    "The shift has already started; tell your coordinator.");
        }
        return OwnAbsence.of(record(self.participantId(), shift, plan, notice(shift, now), now, reason, by));
    }

    /** The coordinator records an absence they were told about, or one without notice. */
    @Transactional
    public AbsenceView record(String organisation, UUID shiftId, RecordAbsence request, String by) {
        Shift shift = plans.lockedShift(organisation, shiftId);
        ShiftPlan plan = ShiftPlan.findById(shift.planId);
        Instant reportedAt = request.noNotice() ? null
                : request.reportedAt() != null ? request.reportedAt() : clock.instant();
        if (reportedAt != null && reportedAt.isAfter(clock.instant())) {
            throw new ProblemException(400, "Invalid request", "An absence cannot be reported in the future.");
        }
        Absence.Notice notice = reportedAt == null ? Absence.Notice.NO_NOTICE : notice(shift, reportedAt);
        Absence a = record(request.participantId(), shift, plan, notice, reportedAt, request.reason(), by);
        return view(a, shift, peers.displayNames(List.of(a.participantId)).get(a.participantId));
    }

    /** Absences of the organisation's shifts in the date range, with their reasons. */
    @Transactional
    public List<AbsenceView> list(String organisation, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createQuery("""
                select a, s from Absence a, Shift s where a.shiftId = s.id and a.organisation = :org
                and s.workDate between :from and :to order by s.workDate, s.startsAt, a.recordedAt""", Object[].class)
                .setParameter("org", organisation).setParameter("from", from).setParameter("to", to).getResultList();
        var names = peers.displayNames(rows.stream().map(r -> ((Absence) r[0]).participantId).distinct().toList());
        return rows.stream().map(r -> view((Absence) r[0], (Shift) r[1], names.get(((Absence) r[0]).participantId)))
                .toList();
    }

    Absence.Notice notice(Shift shift, Instant reportedAt) {
        Location location = locations.find(shift.organisation, shift.locationId);
        int hours = peers.termsOn(location.programmeId, shift.workDate).map(ProgrammeTerms::absenceNoticeHours)
                .orElse(defaultNoticeHours);
        return reportedAt.isAfter(shift.start().minus(Duration.ofHours(hours))) ? Absence.Notice.LATE
                : Absence.Notice.IN_TIME;
    }

    private Absence record(UUID participantId, Shift shift, ShiftPlan plan, Absence.Notice notice, Instant reportedAt,
            String reason, String by) {
        ShiftAssignment duty = assignments.activeOf(shift, participantId)
                .orElseThrow(() -> ProblemException.notFound("Assignment"));
        duty.state = ShiftAssignment.State.ABSENT;
        duty.swapOffered = false;
        Absence a = Absence.of(duty, notice, reportedAt, reason, by, clock.instant());
        a.persist();
        if (plan.isPublished()) {
            duty.changedAfterPublish = true;
            changes.record(shift, ShiftChange.What.ABSENCE, participantId, null, by);
            dutyChanged.fire(new DutyChanged(locations.find(shift.organisation, shift.locationId), shift, duty));
        }
        return a;
    }

    private static AbsenceView view(Absence a, Shift s, String displayName) {
        return new AbsenceView(a.id, s.id, s.locationId, s.workDate, s.startsAt, a.participantId, displayName, a.notice,
                a.reportedAt, a.reason, a.recordedAt);
    }
}
