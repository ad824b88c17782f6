package fi.vertaistyo.participant.audit;

import fi.vertaistyo.participant.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Records every read and change of a participant's personal data — who, whose, what, why, when
 * (UTC) — in the same transaction as the access. Ids only: no personal value is ever written here.
 * The table is append-only (a trigger refuses updates and deletes).
 */
@ApplicationScoped
public class AuditLog {

    private final EntityManager em;
    private final Clock clock;

    AuditLog(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, UUID participantId, AuditAction action, String purpose) {
        recordAll(caller, List.of(participantId), action, purpose);
    }

    /** One statement for a whole page of participants. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(Caller caller, Collection<UUID> participantIds, AuditAction action, String purpose) {
        if (participantIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                insert into audit_entry (at, organisation, actor, participant_id, action, purpose)
                select ?1, ?2, ?3, p, ?4, ?5 from unnest(cast(?6 as uuid[])) as p""")
                .setParameter(1, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .setParameter(2, caller.organisation())
                .setParameter(3, caller.actor())
                .setParameter(4, action.name())
                .setParameter(5, purpose)
                .setParameter(6, participantIds.stream().map(UUID::toString).toArray(String[]::new))
                .executeUpdate();
    }

    @Transactional
    public List<AuditEntryView> query(String organisation, UUID participantId, int page, int size) {
        var query = em.createQuery("""
                select new fi.vertaistyo.participant.audit.AuditEntryView(a.at, a.actor, a.participantId, a.action, a.purpose)
                from AuditEntry a where a.organisation = :org"""
                + (participantId == null ? "" : " and a.participantId = :pid") + " order by a.id desc",
                AuditEntryView.class)
                .setParameter("org", organisation);
        if (participantId != null) {
            query.setParameter("pid", participantId);
        }
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }
}
