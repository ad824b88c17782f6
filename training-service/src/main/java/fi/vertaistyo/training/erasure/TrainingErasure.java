package fi.vertaistyo.training.erasure;

import fi.vertaistyo.training.peer.ParticipantErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * What training erases on a participant: the free texts written about them (follow-up notes, attendance
 * remarks, a revocation's reason). Enrolments, attendance, results and diplomas stay under the pseudonym:
 * the funder's counts of who trained and qualified stay true. Course feedback is anonymous already.
 */
@ApplicationScoped
public class TrainingErasure {

    private final EntityManager em;

    TrainingErasure(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void erased(@Observes ParticipantErased erased) {
        em.createNativeQuery("""
                update follow_up set note = '' where note is not null and note <> ''
                  and enrolment_id in (select id from enrolment where participant_id = ?1)""")
                .setParameter(1, erased.participantId()).executeUpdate();
        em.createNativeQuery("""
                update session_attendance set remark = '' where participant_id = ?1 and remark is not null and remark <> ''""")
                .setParameter(1, erased.participantId()).executeUpdate();
        em.createNativeQuery("""
                update diploma set revocation_reason = '' where participant_id = ?1 and organisation = ?2
                  and revocation_reason is not null and revocation_reason <> ''""")
                .setParameter(1, erased.participantId()).setParameter(2, erased.organisation()).executeUpdate();
    }
}
