package fi.vertaistyo.scheduling.plan;

import fi.vertaistyo.kit.time.Helsinki;
import fi.vertaistyo.scheduling.location.DeskChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * When a partner desk is renamed or its details change, its published duties from today on are told again
 * ({@link DutyChanged}), so the agency's topic names the desk as the office now knows it. Past duties keep
 * the record they had.
 */
@ApplicationScoped
class DutiesAtAChangedDesk {

    private final EntityManager em;
    private final DutiesToldAgain toldAgain;
    private final Clock clock;

    DutiesAtAChangedDesk(EntityManager em, DutiesToldAgain toldAgain, Clock clock) {
        this.em = em;
        this.toldAgain = toldAgain;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void deskChanged(@Observes DeskChanged change) {
        @SuppressWarnings("unchecked")
        List<UUID> duties = em.createNativeQuery("""
                select a.id from shift_assignment a
                join shift s on s.id = a.shift_id and s.work_date >= :from
                join shift_plan p on p.id = s.plan_id and p.status = 'PUBLISHED'
                where s.location_id = :desk and a.organisation = :org
                order by s.work_date, s.starts_at, a.id""")
                .setParameter("from", Helsinki.today(clock)).setParameter("desk", change.desk().id)
                .setParameter("org", change.desk().organisation)
                .getResultList();
        toldAgain.tell(change.desk().organisation, duties);
    }
}
