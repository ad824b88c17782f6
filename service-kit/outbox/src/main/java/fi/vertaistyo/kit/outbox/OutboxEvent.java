package fi.vertaistyo.kit.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One event waiting to be relayed to Kafka, written in the same transaction as its business row.
 * Each publishing service has the table {@code outbox_event} in its own database (its own migration).
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String messageKey;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    /** The whole CloudEvent in structured JSON mode, exactly as it goes on the wire. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    protected OutboxEvent() {
    }

    static OutboxEvent of(UUID id, String topic, String key, String type, String payload, Instant createdAt) {
        OutboxEvent row = new OutboxEvent();
        row.id = id;
        row.topic = topic;
        row.messageKey = key;
        row.eventType = type;
        row.payload = payload;
        row.createdAt = createdAt;
        return row;
    }
}
