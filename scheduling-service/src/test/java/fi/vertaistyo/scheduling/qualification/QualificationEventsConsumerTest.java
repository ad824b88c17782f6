package fi.vertaistyo.scheduling.qualification;

import fi.vertaistyo.scheduling.TestEvents;
import static fi.vertaistyo.kit.testing.TestKafka.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.vertaistyo.kit.testing.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QualificationEventsConsumerTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    String topic() {
        return TestKafka.config("vertaistyo.topics.qualifications");
    }

    static String diploma(String type, UUID diploma, UUID participant, String dateField, String date) {
        return TestEvents.event(type, UUID.randomUUID().toString(), participant, """
                {"diplomaId":"%s","participantId":"%s","organisation":"stop-huumeille",
                 "qualificationCode":"fattaluuta-diploma","%s":"%s"}""".formatted(diploma, participant, dateField, date))
                .replace("/vertaistyo/participant-service", "/vertaistyo/training-service");
    }

    String revokedOn(UUID diploma) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select coalesce(cast(revoked_on as text), 'valid') from peer_qualification where diploma_id = ?1")
                .setParameter(1, diploma).getResultStream().findFirst().orElse(null));
    }

    @Test
    void aDiplomaAwardedAndThenRevokedEndsTheQualificationFromThatDay() {
        UUID participant = UUID.randomUUID();
        UUID diploma = UUID.randomUUID();
        send(topic(), participant.toString(), diploma("fi.vertaistyo.qualification.diploma-awarded.v1", diploma,
                participant, "validFrom", "2026-12-04"));
        await().atMost(WAIT).until(() -> "valid".equals(revokedOn(diploma)));
        send(topic(), participant.toString(), diploma("fi.vertaistyo.qualification.diploma-revoked.v1", diploma,
                participant, "revokedOn", "2027-03-01"));
        await().atMost(WAIT).until(() -> "2027-03-01".equals(revokedOn(diploma)));
    }

    @Test
    void aRevocationOfAnUnknownDiplomaIsDeadLetteredAndTheConsumerGoesOn() {
        UUID participant = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        UUID diploma = UUID.randomUUID();
        send(topic(), participant.toString(), diploma("fi.vertaistyo.qualification.diploma-revoked.v1", unknown,
                participant, "revokedOn", "2027-03-01"));
        send(topic(), participant.toString(), diploma("fi.vertaistyo.qualification.diploma-awarded.v1", diploma,
                participant, "validFrom", "2026-12-04"));
        await().atMost(WAIT).until(() -> "valid".equals(revokedOn(diploma)));
        assertThat(TestKafka.awaitRecords(topic() + ".scheduling-service.dlq", participant.toString(), 1, WAIT))
                .allSatisfy(r -> assertThat(TestKafka.header(r, "dead-letter-reason")).contains("never awarded"));
        assertThat(revokedOn(unknown)).isNull();
    }
}
