package fi.vertaistyo.scheduling.plan;

import fi.vertaistyo.scheduling.qualification.QualificationChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * When a guide gains or loses a qualification, their published duties at desks that require it are
 * told again ({@link DutyChanged}): a partner office then sees "a replacement is being found" the
 * moment a diploma is revoked, not only after the coordinator replans.
 */
@ApplicationScoped
class DutiesNeedingAQualification {

    private final EntityManager em;
    private final DutiesToldAgain toldAgain;

    DutiesNeedingAQualification(EntityManager em, DutiesToldAgain toldAgain) {
        this.em = em;
        this.toldAgain = toldAgain;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void qualificationChanged(@Observes QualificationChanged change) {
        @SuppressWarnings("unchecked")
        List<UUID> duties = em.createNativeQuery("""
                select a.id from shift_assignment a
                join shift s on s.id = a.shift_id and not s.cancelled and s.work_date >= :from
                join shift_plan p on p.id = s.plan_id and p.status = 'PUBLISHED'
                join location l on l.id = s.location_id and l.required_qualification = :code
                where a.participant_id = :participant and a.organisation = :org and a.state = 'ASSIGNED'
                order by s.work_date, s.starts_at, a.id""")
                .setParameter("from", change.from()).setParameter("code", change.qualificationCode())
                .setParameter("participant", change.participantId()).setParameter("org", change.organisation())
                .getResultList();
        toldAgain.tell(change.organisation(), duties);
    }
}
