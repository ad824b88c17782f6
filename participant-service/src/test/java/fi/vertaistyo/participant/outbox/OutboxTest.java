package fi.vertaistyo.participant.outbox;

import fi.vertaistyo.kit.testing.TestTokens;
import static fi.vertaistyo.kit.testing.TestTokens.newOrganisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fi.vertaistyo.participant.TestEvents;
import fi.vertaistyo.participant.peer.Participants;
import fi.vertaistyo.participant.peer.RegisterParticipant;
import fi.vertaistyo.participant.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxTest {

    @Inject
    Participants participants;

    @Inject
    EntityManager em;

    static final RegisterParticipant VEIKKO = new RegisterParticipant("Veikko", "Veikko Testaaja", null, null, "fi");

    @Test
    void failureAfterPersistingLeavesNeitherRowNorEvent() {
        String org = newOrganisation();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            participants.register(new Caller(org, "test#outbox"), VEIKKO);
            throw new IllegalStateException("crash after the business write");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(count("select count(*) from participant where organisation = ?1", org)).isZero();
        assertThat(count("select count(*) from outbox_event where payload -> 'data' ->> 'organisation' = ?1", org))
                .isZero();
    }

    @Test
    void committedEventIsRelayedAndMarkedSent() {
        String org = newOrganisation();
        String id = participants.register(new Caller(org, "test#outbox"), VEIKKO).id().toString();

        await().atMost(Duration.ofSeconds(20)).until(() ->
                count("select count(*) from outbox_event where message_key = ?1 and event_type = 'fi.vertaistyo.participant.registered.v2' and sent_at is not null", id) == 1);
        TestEvents.awaitRecord(TestEvents.participantsTopic(), id, Duration.ofSeconds(10));
    }

    @Test
    void rowUnmarkedAfterSendingIsSentAgainWithTheSameEventId() {
        // What a relay crash between the broker ack and the commit of sent_at leaves behind.
        String id = participants.register(new Caller(newOrganisation(), "test#outbox"), VEIKKO).id().toString();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                count("select count(*) from outbox_event where message_key = ?1 and event_type = 'fi.vertaistyo.participant.registered.v2' and sent_at is not null", id) == 1);
        String eventId = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "update outbox_event set sent_at = null where message_key = ?1 and event_type = 'fi.vertaistyo.participant.registered.v2' returning id::text")
                .setParameter(1, id).getSingleResult().toString());

        await().atMost(Duration.ofSeconds(20)).until(() ->
                count("select count(*) from outbox_event where message_key = ?1 and event_type = 'fi.vertaistyo.participant.registered.v2' and sent_at is not null", id) == 1);
        List<ConsumerRecord<String, String>> deliveries = TestEvents.awaitRecords(TestEvents.participantsTopic(), id,
                2, Duration.ofSeconds(10));
        assertThat(deliveries).extracting(r -> TestEvents.json(r.value()).path("id").asText())
                .containsExactly(eventId, eventId);
    }

    long count(String sql, String param) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, param).getSingleResult()).longValue());
    }
}
