package fi.vertaistyo.scheduling.feedback;

import fi.vertaistyo.scheduling.feedback.FeedbackViews.DeskCounts;
import fi.vertaistyo.scheduling.feedback.FeedbackViews.GiveFeedback;
import fi.vertaistyo.scheduling.feedback.FeedbackViews.Given;
import fi.vertaistyo.scheduling.feedback.FeedbackViews.HelpKind;
import fi.vertaistyo.scheduling.feedback.FeedbackViews.LocationIndicators;
import fi.vertaistyo.scheduling.peer.KnownPeer;
import fi.vertaistyo.scheduling.plan.Assignments;
import fi.vertaistyo.scheduling.plan.Plans;
import fi.vertaistyo.scheduling.plan.Shift;
import fi.vertaistyo.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Shift feedback and the indicators made of it. Free text stays with the answer; it is never aggregated out. */
@ApplicationScoped
public class Feedback {

    private final Plans plans;
    private final Assignments assignments;
    private final EntityManager em;
    private final Clock clock;

    Feedback(Plans plans, Assignments assignments, EntityManager em, Clock clock) {
        this.plans = plans;
        this.assignments = assignments;
        this.em = em;
        this.clock = clock;
    }

    /** Once per peer and shift, after the shift, by a peer who worked it. */
    @Transactional
    public Given give(KnownPeer self, UUID shiftId, GiveFeedback form) {
        Shift shift = plans.shift(self.organisation(), shiftId);
        if (assignments.activeOf(shift, self.participantId()).isEmpty() || shift.cancelled) {
            throw ProblemException.notFound("Your shift");
        }
        if (shift.end().isAfter(clock.instant())) {
            throw ProblemException.refused("Feedback refused", "SHIFT_NOT_OVER", "Feedback is given after the shift.");
        }
        if (ShiftFeedback.count("shiftId = ?1 and participantId = ?2", shift.id, self.participantId()) > 0) {
            throw ProblemException.refused("Feedback refused", "ALREADY_GIVEN", "You already answered for this shift.");
        }
        ShiftFeedback f = ShiftFeedback.of(shift, self.participantId(), form, clock.instant());
        f.persist();
        return new Given(shift.id, form.helpKinds(), f.peopleHelped, f.rating);
    }

    @Transactional
    public List<LocationIndicators> indicators(String organisation, YearMonth month) {
        List<Object[]> totals = totals(organisation, null, month);
        Map<UUID, Map<HelpKind, Long>> kinds = kinds(organisation, null, month);
        return totals.stream().map(r -> new LocationIndicators((UUID) r[0], (String) r[1], month,
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                Math.round(((Number) r[4]).doubleValue() * 100) / 100.0, kinds.getOrDefault(r[0], Map.of()))).toList();
    }

    /** Counts for the agency's own desks only. */
    @Transactional
    public List<DeskCounts> forAgency(String organisation, String agency, YearMonth month) {
        List<Object[]> totals = totals(organisation, agency, month);
        Map<UUID, Map<HelpKind, Long>> kinds = kinds(organisation, agency, month);
        return totals.stream().map(r -> new DeskCounts((UUID) r[0], (String) r[1], month, ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), kinds.getOrDefault(r[0], Map.of()))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> totals(String organisation, String agency, YearMonth month) {
        return em.createNativeQuery("""
                select l.id, l.name, count(f.id), coalesce(sum(f.people_helped), 0), coalesce(avg(f.rating), 0)
                from shift_feedback f join location l on l.id = f.location_id
                where f.organisation = :org and f.work_date between :from and :to
                and (cast(:agency as text) is null or l.agency_code = cast(:agency as text))
                group by l.id, l.name order by l.name, l.id""")
                .setParameter("org", organisation).setParameter("agency", agency)
                .setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth()).getResultList();
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, Map<HelpKind, Long>> kinds(String organisation, String agency, YearMonth month) {
        List<Object[]> rows = em.createNativeQuery("""
                select f.location_id, k.kind, count(*) from shift_feedback f
                join location l on l.id = f.location_id
                cross join lateral unnest(f.help_kinds) as k(kind)
                where f.organisation = :org and f.work_date between :from and :to
                and (cast(:agency as text) is null or l.agency_code = cast(:agency as text))
                group by f.location_id, k.kind""")
                .setParameter("org", organisation).setParameter("agency", agency)
                .setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth()).getResultList();
        Map<UUID, Map<HelpKind, Long>> byLocation = new HashMap<>();
        for (Object[] r : rows) {
            byLocation.computeIfAbsent((UUID) r[0], k -> new EnumMap<>(HelpKind.class))
                    .put(HelpKind.valueOf((String) r[1]), ((Number) r[2]).longValue());
        }
        return byLocation;
    }
}
