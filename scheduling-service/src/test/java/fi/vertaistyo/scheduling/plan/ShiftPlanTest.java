package fi.vertaistyo.scheduling.plan;

import fi.vertaistyo.kit.testing.TestTokens;
import static fi.vertaistyo.scheduling.TestApi.as;
import static fi.vertaistyo.kit.testing.TestTokens.newOrganisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import fi.vertaistyo.scheduling.TestApi;
import fi.vertaistyo.scheduling.TestWorld;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ShiftPlanTest {

    @Inject
    TestWorld world;

    String org;
    UUID programme;
    String site;
    YearMonth month;

    @BeforeEach
    void organisation() {
        org = newOrganisation();
        programme = world.programme(org, 24);
        site = TestApi.site(org, programme, "Lift lobby");
        month = YearMonth.now().plusMonths(2);
    }

    @Test
    void aLiftLobbyMonthOfThreePeersThreeDaysAWeekThreeAndAHalfHoursFitsEveryRule() {
        String plan = TestApi.plan(org, site, month);
        JsonPath created = as("coordinator", org).body(Map.of("weekdays", List.of("MONDAY", "WEDNESDAY", "FRIDAY"),
                "start", "08:30", "end", "12:00", "needed", 3))
                .post("/api/scheduling/plans/" + plan + "/recurring-shifts").then().statusCode(200).extract().jsonPath();
        long expected = Stream.iterate(month.atDay(1), d -> !d.isAfter(month.atEndOfMonth()), d -> d.plusDays(1))
                .filter(d -> List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY).contains(d.getDayOfWeek()))
                .count();
        List<String> shifts = created.getList("shifts.id");
        assertThat(shifts).hasSize((int) expected);
        assertThat(created.getList("shifts.start", String.class)).containsOnly("08:30:00");
        List<UUID> peers = List.of("Pete", "Tiina", "Jussi").stream()
                .map(name -> world.peerWorking(org, programme, month, name, 3, 210)).toList();
        for (String shift : shifts) {
            for (UUID p : peers) {
                TestApi.assign(org, shift, p).then().statusCode(200);
            }
        }
        TestApi.publish(org, plan);
        as("coordinator", org).get("/api/scheduling/plans/" + plan).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("shifts.findAll { it.open == 0 }", hasSize(shifts.size()))
                .body("shifts[0].assignees.displayName", hasItem("Tiina"));
        as("coordinator", org).get("/api/scheduling/plans?month=" + month).then().statusCode(200)
                .body("id", equalTo(List.of(plan)));
    }

    @Test
    void shiftsMustLieInThePlansMonthAndEndAfterTheyStart() {
        String plan = TestApi.plan(org, site, month);
        as("coordinator", org).body(Map.of("date", month.plusMonths(1).atDay(1).toString(), "start", "09:00", "end", "12:00"))
                .post("/api/scheduling/plans/" + plan + "/shifts").then().statusCode(400).contentType("application/problem+json");
        as("coordinator", org).body(Map.of("date", month.atDay(3).toString(), "start", "12:00", "end", "12:00"))
                .post("/api/scheduling/plans/" + plan + "/shifts").then().statusCode(400);
        as("coordinator", org).body(Map.of("date", "3 March", "start", "12:00", "end", "13:00"))
                .post("/api/scheduling/plans/" + plan + "/shifts").then().statusCode(400).contentType("application/problem+json");
        as("coordinator", org).body(Map.of("date", month.atDay(3).toString(), "start", "12:00", "end", "13:00", "needed", 0))
                .post("/api/scheduling/plans/" + plan + "/shifts").then().statusCode(400).body("violations.field", hasItem("needed"));
        as("coordinator", org).body(Map.of("locationId", site, "month", "2026-13")).post("/api/scheduling/plans")
                .then().statusCode(400).contentType("application/problem+json");
        as("coordinator", org).get("/api/scheduling/plans?month=June").then().statusCode(400);
        as("coordinator", org).body(Map.of("locationId", site, "month", month.toString())).post("/api/scheduling/plans")
                .then().statusCode(409);
    }

    @Test
    void partnerDeskShiftsStayInsideTheDeskDutyAgreement() {
        String desk = TestApi.desk(org, programme, "Kela Itäkeskus", "kela-itakeskus", null);
        String plan = TestApi.plan(org, desk, month);
        LocalDate saturday = month.atDay(1).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        LocalDate monday = month.atDay(1).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        as("coordinator", org).body(Map.of("date", saturday.toString(), "start", "10:00", "end", "12:00"))
                .post("/api/scheduling/plans/" + plan + "/shifts").then().statusCode(409)
                .body("reason", equalTo("OUTSIDE_DESK_AGREEMENT"));
        as("coordinator", org).body(Map.of("date", monday.toString(), "start", "08:59", "end", "12:00"))
                .post("/api/scheduling/plans/" + plan + "/shifts").then().statusCode(409);
        as("coordinator", org).body(Map.of("date", monday.toString(), "start", "09:00", "end", "15:00"))
                .post("/api/scheduling/plans/" + plan + "/shifts").then().statusCode(201).body("needed", equalTo(1));
    }

    @Test
    void changesAfterPublishingNeedAReasonAndAreTrackedWithWhoAndWhen() {
        String plan = TestApi.plan(org, site, month);
        String shift = TestApi.shift(org, plan, month.atDay(10), "09:00", "12:00");
        as("coordinator", org).body(Map.of("start", "09:00", "end", "12:30", "needed", 2))
                .put("/api/scheduling/shifts/" + shift).then().statusCode(200).body("changedAfterPublish", equalTo(false));
        TestApi.publish(org, plan);
        as("coordinator", org).post("/api/scheduling/plans/" + plan + "/publish").then().statusCode(409);
        as("coordinator", org).body(Map.of("start", "10:00", "end", "12:30", "needed", 2))
                .put("/api/scheduling/shifts/" + shift).then().statusCode(400).body("title", equalTo("Reason required"));
        as("coordinator", org).body(Map.of("start", "10:00", "end", "12:30", "needed", 2, "reason", "Lobby opens later"))
                .put("/api/scheduling/shifts/" + shift).then().statusCode(200).body("changedAfterPublish", equalTo(true));
        as("coordinator", org).body(Map.of("reason", "Water damage")).post("/api/scheduling/shifts/" + shift + "/cancel")
                .then().statusCode(200).body("cancelled", equalTo(true));
        JsonPath changes = as("coordinator", org).get("/api/scheduling/shifts/" + shift + "/changes").then()
                .statusCode(200).extract().jsonPath();
        assertThat(changes.getList("what", String.class)).containsExactly("TIME_CHANGED", "CANCELLED");
        assertThat(changes.getList("reason", String.class)).containsExactly("Lobby opens later", "Water damage");
        assertThat(changes.getList("by", String.class)).allSatisfy(by -> assertThat(by).startsWith("https://server.example.com#"));
        assertThat(changes.getList("at")).doesNotContainNull();
        as("coordinator", org).body(Map.of("reason", "again")).post("/api/scheduling/shifts/" + shift + "/cancel")
                .then().statusCode(409).body("reason", equalTo("SHIFT_CANCELLED"));
    }

    @Test
    void anotherOrganisationsPlansAndShiftsAreNotFound() {
        String plan = TestApi.plan(org, site, month);
        String shift = TestApi.shift(org, plan, month.atDay(10), "09:00", "12:00");
        String other = newOrganisation();
        as("coordinator", other).get("/api/scheduling/plans/" + plan).then().statusCode(404);
        as("coordinator", other).body(Map.of("start", "09:00", "end", "12:00", "needed", 1))
                .put("/api/scheduling/shifts/" + shift).then().statusCode(404);
        as("coordinator", other).body(Map.of("locationId", site, "month", month.toString())).post("/api/scheduling/plans")
                .then().statusCode(404);
        as("coordinator", other).get("/api/scheduling/plans").then().statusCode(200).body("$", hasSize(0));
    }
}
