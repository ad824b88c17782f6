package fi.vertaistyo.scheduling.erasure;

import fi.vertaistyo.scheduling.peer.ParticipantErased;
import fi.vertaistyo.scheduling.plan.DutiesToldAgain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * What scheduling erases on a participant: the free texts about them (absence reasons, attendance
 * corrections' and plan changes' reasons, their shift feedback's words) and their name in the desk-duty
 * events already written. Shifts, minutes and dates stay under the pseudonym (they are what was paid).
 * Their desk duties are told again under the pseudonym, so each agency's compacted topic replaces the
 * records with the name (ADR 0021).
 */
@ApplicationScoped
public class SchedulingErasure {

    private final EntityManager em;
    private final DutiesToldAgain toldAgain;

    SchedulingErasure(EntityManager em, DutiesToldAgain toldAgain) {
        this.em = em;
        this.toldAgain = toldAgain;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void erased(@Observes ParticipantErased erased) {
        UUID id = erased.participantId();
        for (String table : List.of("absence", "attendance_record", "shift_change")) {
            em.createNativeQuery("update " + table + " set reason = '' where participant_id = ?1 and reason <> ''")
                    .setParameter(1, id).executeUpdate();
        }
        em.createNativeQuery("update shift_feedback set free_text = '' where participant_id = ?1 and free_text <> ''")
                .setParameter(1, id).executeUpdate();
        @SuppressWarnings("unchecked")
        List<UUID> duties = em.createNativeQuery("""
                select a.id from shift_assignment a
                join shift s on s.id = a.shift_id
                join shift_plan p on p.id = s.plan_id and p.status = 'PUBLISHED'
                join location l on l.id = s.location_id and l.agency_code is not null
                where a.participant_id = ?1 and a.organisation = ?2
                order by s.work_date, s.starts_at, a.id""")
                .setParameter(1, id).setParameter(2, erased.organisation()).getResultList();
        em.createNativeQuery("""
                update outbox_event set payload = jsonb_set(payload, '{data,displayName}', to_jsonb(cast(?1 as text)))
                where event_type = 'fi.vertaistyo.desk-duty.v1' and payload -> 'data' ->> 'dutyId' in
                  (select cast(a.id as text) from shift_assignment a where a.participant_id = ?2 and a.organisation = ?3)""")
                .setParameter(1, erased.pseudonym()).setParameter(2, id).setParameter(3, erased.organisation())
                .executeUpdate();
        toldAgain.tell(erased.organisation(), duties);
    }
}
