package fi.vertaistyo.scheduling.plan;

import fi.vertaistyo.kit.problem.DateRange;
import fi.vertaistyo.kit.problem.ProblemException;
import fi.vertaistyo.scheduling.location.Location;
import fi.vertaistyo.scheduling.peer.Peers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A guide's desk duties in a range, draft and published plans alike, each with whether it still
 * stands: what a coordinator reads before revoking a diploma, and after it (QUALIFICATION_REQUIRED).
 */
@ApplicationScoped
public class GuideDeskDuties {

    /** @param problem null when the duty stands, else the code its assignment would now be refused with */
    public record GuideDeskDuty(UUID shiftId, UUID dutyId, LocalDate date, LocalTime start, LocalTime end, UUID deskId,
            String location, String requiredQualification, boolean published, String problem) {
    }

    private final EntityManager em;
    private final Peers peers;
    private final AssignmentRules rules;

    GuideDeskDuties(EntityManager em, Peers peers, AssignmentRules rules) {
        this.em = em;
        this.peers = peers;
        this.rules = rules;
    }

    @Transactional
    public List<GuideDeskDuty> of(String organisation, UUID participantId, DateRange range) {
        peers.inOrganisation(organisation, participantId).orElseThrow(() -> ProblemException.notFound("The peer"));
        return em.createQuery("""
                select a, s, l, p from ShiftAssignment a, Shift s, Location l, ShiftPlan p
                where a.shiftId = s.id and s.locationId = l.id and s.planId = p.id and l.organisation = :org
                and l.kind = fi.vertaistyo.scheduling.location.Location.Kind.PARTNER_DESK
                and a.participantId = :p and s.workDate between :from and :to and s.cancelled = false
                and a.state = fi.vertaistyo.scheduling.plan.ShiftAssignment.State.ASSIGNED
                order by s.workDate, s.startsAt, l.name""", Object[].class)
                .setParameter("org", organisation).setParameter("p", participantId)
                .setParameter("from", range.from()).setParameter("to", range.to()).getResultStream()
                .map(r -> {
                    ShiftAssignment a = (ShiftAssignment) r[0];
                    Shift s = (Shift) r[1];
                    Location l = (Location) r[2];
                    return new GuideDeskDuty(s.id, a.id, s.workDate, s.startsAt, s.endsAt, l.id, l.name,
                            l.requiredQualification, ((ShiftPlan) r[3]).status == ShiftPlan.Status.PUBLISHED,
                            rules.standing(participantId, l, s.workDate));
                }).toList();
    }
}
