package fi.vertaistyo.kit.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes unsent outbox rows and marks them sent only after the broker acknowledged them
 * (acks=all, idempotent producer). One replica's relay publishes at a time: each batch first takes
 * a transaction-scoped advisory lock, and a replica that does not get it leaves the batch to the
 * one that has it. Rows claimed side by side with {@code SKIP LOCKED} alone would be sent once, but
 * a later event of an aggregate could overtake an earlier one held by the other replica; with the
 * lock each key's events reach the topic in the order they were written (ADR 0001). A crash between
 * send and mark re-sends the row with the same event id: consumers dedupe.
 *
 * <p>The relay runs on one thread of its own. It is woken right after a transaction that wrote
 * an outbox row commits, and polls every {@code poll-interval} to pick up anything else (rows of
 * other replicas, rows left by a crash, rows that failed while the broker was down).
 *
 * <p>A service that publishes declares the outgoing channel {@code outbox} (the connector's producer
 * defaults: acks=all, idempotence) and the table {@code outbox_event} in its migrations.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    /** The advisory lock of the relay (per database, so per service): "vt-relay" in ASCII. */
    private static final long RELAY_LOCK = 0x76742d72656c6179L;

    private final Emitter<String> emitter;
    private final EntityManager em;
    private final Clock clock;
    private final int batchSize;
    private final Duration pollInterval;
    private final Duration ackTimeout;
    private final Duration keepSent;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private Instant nextCleanup = Instant.EPOCH;

    private final TopicProvisioner topics;

    OutboxRelay(@Channel("outbox") Emitter<String> emitter, EntityManager em, Clock clock, OutboxSettings settings,
            TopicProvisioner topics) {
        this.emitter = emitter;
        this.topics = topics;
        this.em = em;
        this.clock = clock;
        this.batchSize = settings.batchSize();
        this.pollInterval = settings.pollInterval();
        this.ackTimeout = settings.ackTimeout();
        this.keepSent = settings.keepSent();
    }

    void start(@Observes StartupEvent started) {
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        wakeUp.release();
        if (worker != null) {
            worker.join(ackTimeout.toMillis());
        }
    }

    /** Fired by {@link Outbox#publish}; observed only once the writing transaction committed. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        wakeUp.release();
    }

    private void run() {
        Duration backoff = pollInterval;
        while (running) {
            try {
                wakeUp.tryAcquire(backoff.toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                while (running && relayBatch() == batchSize) {
                    // a full batch: more may be waiting
                }
                removeOldSentRows();
                backoff = pollInterval;
            } catch (RuntimeException e) {
                // The rows stay unsent and are tried again; back off while the broker or database is away.
                LOG.warnf("outbox relay paused: %s", e.getClass().getSimpleName());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** @return how many rows were sent and marked */
    public int relayBatch() {
        return QuarkusTransaction.requiringNew().timeout((int) ackTimeout.toSeconds() + 30).call(() -> {
            Boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                    .setParameter("lock", RELAY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(mine)) {
                return 0; // another replica is publishing; it drains the table, this one polls again later
            }
            @SuppressWarnings("unchecked")
            List<OutboxEvent> rows = em.createNativeQuery("""
                    select * from outbox_event where sent_at is null
                    order by created_at, id limit :n for update skip locked""", OutboxEvent.class)
                    .setParameter("n", batchSize)
                    .getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            topics.ensure(rows.stream().map(r -> r.topic).toList(), ackTimeout);
            List<CompletableFuture<Void>> acks = new ArrayList<>(rows.size());
            for (OutboxEvent row : rows) {
                acks.add(send(row));
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            Instant now = clock.instant();
            for (OutboxEvent row : rows) {
                row.sentAt = now;
            }
            return rows.size();
        });
    }

    private CompletableFuture<Void> send(OutboxEvent row) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        Message<String> message = Message.of(row.payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(row.topic)
                        .withKey(row.messageKey)
                        .withHeaders(headers)
                        .build())
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        emitter.send(message);
        return acked;
    }

    /** Sent rows are kept a while for diagnosis, then removed so the table stays small. */
    private void removeOldSentRows() {
        Instant now = clock.instant();
        if (now.isBefore(nextCleanup)) {
            return;
        }
        nextCleanup = now.plus(Duration.ofHours(1));
        QuarkusTransaction.requiringNew().run(() -> em
                .createQuery("delete from OutboxEvent e where e.sentAt < :before")
                .setParameter("before", now.minus(keepSent))
                .executeUpdate());
    }
}
