package fi.vertaistyo.payout.attendance;

import fi.vertaistyo.payout.TestEvents;
import static fi.vertaistyo.kit.testing.TestKafka.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.vertaistyo.payout.PayoutWorld;
import fi.vertaistyo.payout.PayoutWorld.Place;
import fi.vertaistyo.kit.testing.TestKafka;
import fi.vertaistyo.kit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** attendance.v1 and programme rules over the real broker, into the ledger. */
@QuarkusTest
public class AttendanceConsumerTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final LocalDate DAY = LocalDate.of(2025, 6, 4);

    @Inject
    PayoutWorld world;

    String attendanceTopic() {
        return TestKafka.config("vertaistyo.topics.attendance");
    }

    public static String attendance(String eventId, UUID attendanceId, UUID participantId, Place place, LocalDate day,
            int minutes, UUID corrects) {
        return """
                {"specversion":"1.0","id":"%s","source":"/vertaistyo/scheduling-service",
                 "type":"fi.vertaistyo.attendance.confirmed.v1","subject":"%s","time":"2025-06-04T12:00:00Z",
                 "datacontenttype":"application/json",
                 "data":{"attendanceId":"%s","participantId":"%s","organisation":"%s","programmeId":"%s",
                         "locationId":"%s","locationName":"%s","shiftId":"%s","date":"%s","minutes":%d,
                         "corrects":%s}}
                """.formatted(eventId, participantId, attendanceId, participantId, place.organisation(),
                place.programmeId(), place.locationId(), place.locationName(), UUID.randomUUID(), day, minutes,
                corrects == null ? "null" : "\"" + corrects + "\"");
    }

    @Test
    void confirmedAttendanceOnTheTopicAccruesAndARedeliveryChangesNothing() {
        Place lift = world.lift();
        UUID pete = world.peer(lift.organisation(), "Pete");
        UUID first = UUID.randomUUID();
        String event = attendance(UUID.randomUUID().toString(), first, pete, lift, DAY, 210, null);
        send(attendanceTopic(), pete.toString(), event);
        send(attendanceTopic(), pete.toString(), event);
        send(attendanceTopic(), pete.toString(), attendance(UUID.randomUUID().toString(), UUID.randomUUID(), pete,
                lift, DAY, 210, null));
        send(attendanceTopic(), pete.toString(), attendance(UUID.randomUUID().toString(), UUID.randomUUID(), pete,
                lift, DAY.plusDays(1), 120, first)); // names a record of another day: refused
        UUID last = UUID.randomUUID();
        send(attendanceTopic(), pete.toString(), attendance(UUID.randomUUID().toString(), last, pete, lift,
                DAY.plusDays(2), 210, null));

        await().atMost(WAIT).until(() -> world.entries(pete).size() == 3);
        assertThat(world.balance(pete)).isEqualTo(1200 + 700);
    }

    @Test
    void programmeRulesFromParticipantsTopicPriceAttendanceThatCameFirst() {
        Place lift = new Place(TestTokens.newOrganisation(), UUID.randomUUID(), UUID.randomUUID(), "Lift lobby");
        UUID pete = world.peer(lift.organisation(), "Pete");
        send(attendanceTopic(), pete.toString(), attendance(UUID.randomUUID().toString(), UUID.randomUUID(), pete,
                lift, DAY, 210, null));
        send(TestKafka.config("vertaistyo.topics.participants"), lift.programmeId().toString(),
                TestEvents.event("fi.vertaistyo.programme.rules-scheduled.v1", UUID.randomUUID().toString(),
                        lift.programmeId(), """
                        {"programmeId":"%s","organisation":"%s","programmeCode":"lift","kind":"WORK_ACTIVITY",
                         "version":1,"validFrom":"2020-01-01","activityMoneyCentsPerHour":200,
                         "activityMoneyDailyCapCents":1200,"minDaysPerWeek":2,"maxDaysPerWeek":3,
                         "minutesPerDay":210,"absenceNoticeHours":24}""".formatted(lift.programmeId(),
                        lift.organisation())));

        await().atMost(WAIT).until(() -> world.balance(pete) == 700);
    }

    @Test
    void poisonRecordsAreDeadLetteredOneByOneWithTheirHeadersAndCauseAndTheRestOfTheirBatchIsPosted() {
        Place lift = world.lift();
        UUID pete = world.peer(lift.organisation(), "Pete");
        String key = pete.toString();
        UUID attendanceId = UUID.randomUUID();
        send(attendanceTopic(), key, "this is not json");
        send(attendanceTopic(), key, attendance(UUID.randomUUID().toString(), attendanceId, pete, lift, DAY, 210,
                null));
        String changed = attendance(UUID.randomUUID().toString(), attendanceId, pete, lift, DAY, 360, null);
        send(attendanceTopic(), key, changed);
        send(attendanceTopic(), key, attendance(UUID.randomUUID().toString(), UUID.randomUUID(), pete, lift,
                DAY, 900, null)); // more minutes than a day has
        send(attendanceTopic(), key, attendance(UUID.randomUUID().toString(), UUID.randomUUID(), pete, lift,
                DAY.plusDays(1), 210, null));

        await().atMost(WAIT).until(() -> world.balance(pete) == 1400);
        List<ConsumerRecord<String, String>> dead = TestKafka.awaitRecords(attendanceTopic() + ".payout-service.dlq",
                key, 3, WAIT);
        assertThat(dead).extracting(ConsumerRecord::value).contains("this is not json", changed);
        assertThat(reasonFor(dead, changed)).contains("different data");
        assertThat(reasonFor(dead, "\"minutes\":900")).contains("minutes");
        assertThat(dead).allSatisfy(r -> {
            assertThat(TestKafka.header(r, "dead-letter-topic")).isEqualTo(attendanceTopic());
            assertThat(TestKafka.header(r, "dead-letter-offset")).isNotBlank();
            assertThat(TestKafka.header(r, "dead-letter-reason")).doesNotContain(pete.toString());
            assertThat(TestKafka.header(r, "dead-letter-cause")).isNotBlank().doesNotContain(pete.toString());
            // the record as it came, with its own headers
            assertThat(TestKafka.header(r, "content-type")).isEqualTo("application/cloudevents+json");
        });
        assertThat(causeFor(dead, "this is not json")).startsWith("JsonParseException at line 1");
        assertThat(causeFor(dead, changed)).isEqualTo("refused when applied: the record is readable and valid");
        assertThat(world.entries(pete)).hasSize(2);
    }

    static String causeFor(List<ConsumerRecord<String, String>> dead, String valuePart) {
        return dead.stream().filter(r -> r.value().contains(valuePart)).findFirst()
                .map(r -> TestKafka.header(r, "dead-letter-cause")).orElseThrow();
    }

    static String reasonFor(List<ConsumerRecord<String, String>> dead, String valuePart) {
        return dead.stream().filter(r -> r.value().contains(valuePart)).findFirst()
                .map(r -> TestKafka.header(r, "dead-letter-reason")).orElseThrow();
    }
}
