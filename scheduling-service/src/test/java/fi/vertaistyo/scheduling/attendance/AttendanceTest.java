package fi.vertaistyo.scheduling.attendance;

import fi.vertaistyo.scheduling.MonthAtALobby;
import fi.vertaistyo.kit.testing.TestTokens;
import static fi.vertaistyo.scheduling.TestApi.as;
import static fi.vertaistyo.scheduling.TestApi.asPeer;
import static fi.vertaistyo.scheduling.TestApi.assign;
import static fi.vertaistyo.kit.testing.TestTokens.newOrganisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import fi.vertaistyo.scheduling.MutableClock;
import fi.vertaistyo.scheduling.TestApi;
import fi.vertaistyo.kit.testing.TestKafka;
import fi.vertaistyo.kit.testing.TestSchemas;
import fi.vertaistyo.scheduling.TestWorld;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttendanceTest extends MonthAtALobby {

    static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    MutableClock clock;

    String plan;

    @BeforeEach
    void organisation() {
        plan = planAt("Lift lobby");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    UUID peer(String name) {
        return world.peerWorking(org, programme, month, name, 3, 210);
    }

    void afterTheShift() {
        clock.set(monday.atTime(13, 0).atZone(ZoneId.of("Europe/Helsinki")).toInstant());
    }

    String topic() {
        return TestKafka.config("vertaistyo.topics.attendance");
    }

    @Test
    void startedShiftsOfPublishedPlansWithPeersAndNoAttendanceAreListedUntilConfirmed() {
        UUID pete = peer("Pete");
        String shift = TestApi.shift(org, plan, monday, "08:30", "12:00");
        assign(org, shift, pete).then().statusCode(200);
        TestApi.shift(org, plan, monday, "13:00", "15:00");   // nobody on it: nothing to confirm
        String draft = planAt("Draft site");
        assign(org, TestApi.shift(org, draft, monday, "13:00", "15:00"), peer("Sanna")).then().statusCode(200);
        TestApi.publish(org, plan);
        String unconfirmed = "/api/scheduling/attendance/unconfirmed?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
        as("coordinator", org).get(unconfirmed).then().statusCode(200).body("shiftId", empty());

        afterTheShift();
        as("coordinator", org).get(unconfirmed).then().statusCode(200)
                .body("shiftId", contains(shift)).body("location", contains("Lift lobby")).body("peers", contains(1))
                .body("start", contains("08:30:00"));
        as("coordinator", newOrganisation()).get(unconfirmed).then().statusCode(200).body("shiftId", empty());

        as("coordinator", org).body("{}").post("/api/scheduling/shifts/" + shift + "/attendance").then().statusCode(200);
        as("coordinator", org).get(unconfirmed).then().statusCode(200).body("shiftId", empty());
    }

    @Test
    void confirmingAShiftRecordsThePeersPresentAsPlannedAndPublishesMinutesOnly() {
        UUID pete = peer("Pete");
        UUID absent = peer("Poissa");
        String subject = world.account(absent, org);
        String shift = TestApi.shift(org, plan, monday, "08:30", "12:00", 2);
        assign(org, shift, pete).then().statusCode(200);
        assign(org, shift, absent).then().statusCode(200);
        TestApi.publish(org, plan);
        asPeer(subject, org).body(Map.of("reason", "Sairaana")).post("/api/scheduling/my/shifts/" + shift + "/absence")
                .then().statusCode(201);
        afterTheShift();

        as("coordinator", org).body("{}").post("/api/scheduling/shifts/" + shift + "/attendance").then().statusCode(200)
                .body("participantId", contains(pete.toString())).body("minutes", contains(210))
                .body("current", contains(true));
        as("coordinator", org).body(Map.of("entries", List.of(Map.of("participantId", absent, "minutes", 60))))
                .post("/api/scheduling/shifts/" + shift + "/attendance").then().statusCode(409)
                .body("reason", equalTo("NOT_ON_SHIFT"));

        ConsumerRecord<String, String> record = TestKafka.awaitRecords(topic(), pete.toString(), 1, WAIT).get(0);
        JsonNode event = TestSchemas.json(record.value());
        assertThat(TestSchemas.validate("attendance.confirmed.v1", event)).isEmpty();
        assertThat(event.at("/data/minutes").asInt()).isEqualTo(210);
        assertThat(event.at("/data/date").asText()).isEqualTo(monday.toString());
        assertThat(event.at("/data/corrects").isNull()).isTrue();
        assertThat(record.value()).doesNotContain("Sairaana").doesNotContain("Pete");
        assertThat(TestKafka.recordsWithKey(topic(), absent.toString(), Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void aCorrectionIsANewRecordThatNamesTheOneItCorrects() {
        UUID pete = peer("Pete");
        String shift = TestApi.shift(org, plan, monday, "09:00", "12:00");
        assign(org, shift, pete).then().statusCode(200);
        TestApi.publish(org, plan);
        afterTheShift();
        String first = as("coordinator", org).body(Map.of("entries", List.of(Map.of("participantId", pete, "minutes", 150))))
                .post("/api/scheduling/shifts/" + shift + "/attendance").then().statusCode(200)
                .extract().path("[0].id");
        as("coordinator", org).body(Map.of("entries", List.of(Map.of("participantId", pete, "minutes", 150))))
                .post("/api/scheduling/shifts/" + shift + "/attendance").then().statusCode(409)
                .body("reason", equalTo("ALREADY_CONFIRMED"));
        as("coordinator", org).body(Map.of("minutes", 180)).put("/api/scheduling/shifts/" + shift + "/attendance/" + pete)
                .then().statusCode(400).body("violations.field", contains("reason"));
        clock.set(monday.plusDays(1).atTime(9, 0).atZone(ZoneId.of("Europe/Helsinki")).toInstant());
        JsonPath records = as("coordinator", org).body(Map.of("minutes", 180, "reason", "Stayed to close the lobby"))
                .put("/api/scheduling/shifts/" + shift + "/attendance/" + pete).then().statusCode(200).extract().jsonPath();
        assertThat(records.getList("minutes", Integer.class)).containsExactly(150, 180);
        assertThat(records.getList("current", Boolean.class)).containsExactly(false, true);
        assertThat(records.getString("[1].corrects")).isEqualTo(first);

        List<ConsumerRecord<String, String>> events = TestKafka.awaitRecords(topic(), pete.toString(), 2, WAIT);
        JsonNode correction = TestSchemas.json(events.get(1).value());
        assertThat(TestSchemas.validate("attendance.confirmed.v1", correction)).isEmpty();
        assertThat(correction.at("/data/corrects").asText()).isEqualTo(first);
        assertThat(correction.at("/data/minutes").asInt()).isEqualTo(180);
        as("coordinator", org).body(Map.of("minutes", 180, "reason", "x"))
                .put("/api/scheduling/shifts/" + shift + "/attendance/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void onlyStartedShiftsOfAPublishedPlanAreConfirmed() {
        UUID pete = peer("Pete");
        String shift = TestApi.shift(org, plan, monday, "09:00", "12:00");
        assign(org, shift, pete).then().statusCode(200);
        afterTheShift();
        as("coordinator", org).body("{}").post("/api/scheduling/shifts/" + shift + "/attendance").then().statusCode(409)
                .body("reason", equalTo("SHIFT_NOT_WORKED"));
        clock.reset();
        TestApi.publish(org, plan);
        as("coordinator", org).body("{}").post("/api/scheduling/shifts/" + shift + "/attendance").then().statusCode(409)
                .body("reason", equalTo("SHIFT_NOT_STARTED"));
        afterTheShift();
        as("coordinator", org).body(Map.of("entries", List.of(Map.of("participantId", pete, "minutes", 721))))
                .post("/api/scheduling/shifts/" + shift + "/attendance").then().statusCode(400)
                .contentType("application/problem+json");
        as("coordinator", newOrganisation()).body("{}").post("/api/scheduling/shifts/" + shift + "/attendance").then()
                .statusCode(404);
    }
}
