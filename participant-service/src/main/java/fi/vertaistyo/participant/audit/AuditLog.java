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

    /** One entry for a whole page of participants, naming each of them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(Caller caller, Collection<UUID> participantIds, AuditAction action, String purpose) {
        if (participantIds.isEmpty()) {
            return;
        }
        if (participantIds.size() == 1) {
            insert(caller, participantIds.iterator().next(), null, action, purpose);
        } else {
            insert(caller, null, participantIds.toArray(UUID[]::new), action, purpose);
        }
    }

    private void insert(Caller caller, UUID participantId, UUID[] listed, AuditAction action, String purpose) {
        em.createNativeQuery("""
                insert into audit_entry (at, organisation, actor, participant_id, participant_ids, action, purpose)
                values (?1, ?2, ?3, ?4, cast(?5 as uuid[]), ?6, ?7)""")
                .setParameter(1, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .setParameter(2, caller.organisation())
                .setParameter(3, caller.actor())
                .setParameter(4, participantId)
                .setParameter(5, listed == null ? null : java.util.Arrays.stream(listed).map(UUID::toString)
                        .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .setParameter(6, action.name())
                .setParameter(7, purpose)
                .executeUpdate();
    }

    /** Entries about one participant (read alone or as part of a list), or all of the organisation's; newest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<AuditEntryView> query(String organisation, UUID participantId, int page, int size) {
        var query = participantId == null
                ? em.createNativeQuery("""
                        select at, actor, participant_id, action, purpose from audit_entry
                        where organisation = ?1 order by id desc""")
                : em.createNativeQuery("""
                        select at, actor, cast(?2 as uuid), action, purpose from audit_entry
                        where organisation = ?1 and (participant_id = cast(?2 as uuid)
                                                     or participant_ids @> array[cast(?2 as uuid)])
                        order by id desc""").setParameter(2, participantId.toString());
        List<Object[]> rows = query.setParameter(1, organisation)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        return rows.stream().map(r -> new AuditEntryView(toInstant(r[0]), (String) r[1], (UUID) r[2], (String) r[3],
                (String) r[4])).toList();
    }

    private static java.time.Instant toInstant(Object value) {
        return value instanceof java.time.OffsetDateTime o ? o.toInstant()
                : value instanceof java.sql.Timestamp t ? t.toInstant() : (java.time.Instant) value;
    }
}
