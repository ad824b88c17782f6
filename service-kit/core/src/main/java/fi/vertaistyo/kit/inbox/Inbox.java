package fi.vertaistyo.kit.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Remembers which events a consumer has applied, in the same transaction as the effect:
 * a redelivered event is recognised and skipped, so every event is applied once.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;
    private final Clock clock;

    Inbox(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Claims the event for this consumer. {@code on conflict do nothing} keeps the transaction
     * usable on a duplicate (a constraint violation would mark it rollback-only).
     *
     * @return true on the first delivery, false on a redelivery
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        return em.createNativeQuery("""
                insert into processed_event (consumer, event_id, processed_at) values (?1, ?2, ?3)
                on conflict do nothing""")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .setParameter(3, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    /**
     * Holds a lock on one aggregate until the transaction ends. Events of one aggregate that arrive on
     * two topics are applied by two threads; each takes this lock before it reads, so the second waits
     * for the first to commit and then reads its rows instead of overwriting them with a stale copy.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void oneAtATime(UUID aggregateId) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) locked")
                .setParameter(1, aggregateId.getMostSignificantBits() ^ aggregateId.getLeastSignificantBits())
                .getSingleResult();
    }
}
