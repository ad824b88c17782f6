package fi.vertaistyo.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Activity money on the running platform: attendance confirmed in scheduling is paid by payout-service. */
class ActivityMoneyIT {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String COORDINATOR = "sovatek-coordinator";
    static final String OFFICER = "sovatek-payout";

    @Test
    void theDemoHasAClosedLiftMonthWithFrozenStatementsAndABalancedPayoutDay() {
        String last = YearMonth.now().minusMonths(1).toString();
        JsonPath months = Platform.as(OFFICER).get("/api/payouts/months").then().statusCode(200).extract().jsonPath();
        assertThat(months.getString("find { it.month == '" + last + "' }.status")).isEqualTo("CLOSED");

        List<Map<String, Object>> statements = Platform.as(OFFICER).queryParam("month", last)
                .get("/api/payouts/statements").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(statements).extracting(s -> s.get("displayName")).contains("Pete", "Sanna K.", "Jussi");
        assertThat(statements).allSatisfy(s -> assertThat(s.get("frozen")).isEqualTo(true));

        JsonPath days = Platform.as(OFFICER).queryParam("month", last).get("/api/payouts/payout-days").then()
                .statusCode(200).extract().jsonPath();
        assertThat(days.getString("find { it.locationName == 'Lift lobby' }.status")).isEqualTo("CLOSED");
        assertThat(days.getBoolean("find { it.locationName == 'Lift lobby' }.reconciliation.balanced")).isTrue();

        assertThat(Platform.as("sovatek-peer").get("/api/payouts/my/statements").then().statusCode(200).extract()
                .jsonPath().getList("month")).contains(last);
        assertThat(Platform.as("sh-payout").queryParam("month", last).get("/api/payouts/statements").then()
                .statusCode(200).extract().jsonPath().getList("displayName")).doesNotContain("Pete");
        Platform.as(COORDINATOR).get("/api/payouts/payout-days").then().statusCode(403);
    }

    @Test
    void attendanceConfirmedAndCorrectedInSchedulingIsPaidExactlyByPayout() {
        YearMonth last = YearMonth.now().minusMonths(1);
        String programme = Platform.as(COORDINATOR).get("/api/participants/programmes").then().statusCode(200)
                .extract().jsonPath().getString("find { it.code == 'lift' }.id");
        String peer = Platform.as(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Raha " + UUID.randomUUID().toString().substring(0, 6),
                        "legalName", "System Test Person"))
                .post("/api/participants").then().statusCode(201).extract().path("id");
        String agreement = Platform.as(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("programmeId", programme, "startsOn", last.atDay(1).toString(),
                        "endsOn", last.plusMonths(2).atEndOfMonth().toString(), "daysPerWeek", 3,
                        "minutesPerDay", 210, "tasks", "Lobby hosting"))
                .post("/api/participants/" + peer + "/agreements").then().statusCode(201).extract().path("id");
        Platform.as(COORDINATOR).contentType(ContentType.JSON).body(Map.of("signedOn", last.atDay(1).toString()))
                .post("/api/participants/" + peer + "/agreements/" + agreement + "/confidentiality").then().statusCode(200);
        Platform.as(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("rulesVersion", 1, "acceptedOn", last.atDay(1).toString()))
                .post("/api/participants/" + peer + "/agreements/" + agreement + "/rules-acceptance").then().statusCode(200);

        String location = Platform.as(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("kind", "PROGRAMME_SITE", "programmeId", programme,
                        "name", "Money test lobby " + UUID.randomUUID().toString().substring(0, 6), "address", "Testikatu 2"))
                .post("/api/scheduling/locations").then().statusCode(201).extract().path("id");
        String plan = Platform.as(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("locationId", location, "month", last.toString()))
                .post("/api/scheduling/plans").then().statusCode(201).extract().path("id");
        LocalDate day = last.atDay(10);
        String shift = Platform.as(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("date", day.toString(), "start", "08:30", "end", "12:00"))
                .post("/api/scheduling/plans/" + plan + "/shifts").then().statusCode(201).extract().path("id");
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() ->
                Platform.as(COORDINATOR).contentType(ContentType.JSON).body(Map.of("participantId", peer))
                        .post("/api/scheduling/shifts/" + shift + "/assignments").statusCode() == 200);
        Platform.as(COORDINATOR).contentType(ContentType.JSON).post("/api/scheduling/plans/" + plan + "/publish").then()
                .statusCode(200);
        Platform.as(COORDINATOR).contentType(ContentType.JSON).body("{}")
                .post("/api/scheduling/shifts/" + shift + "/attendance").then().statusCode(200);

        // 3.5 h at 2 €/h: 7 €, in the month worked or, when the demo already closed it, as an adjustment after it.
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> total(peer, last) == 700);
        Platform.as(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("minutes", 90, "reason", "Left early"))
                .put("/api/scheduling/shifts/" + shift + "/attendance/" + peer).then().statusCode(200);
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> total(peer, last) == 300);

        JsonPath statement = statementHolding(peer, last);
        assertThat(statement.getList("entries.kind")).containsExactly("ACCRUAL", "REVERSAL", "ACCRUAL");
        assertThat(statement.getList("entries.belongsTo")).containsOnly(last.toString());
        assertThat(statement.prettify()).doesNotContain("Left early", "System Test Person");
    }

    /** The peer's activity money for the month worked, wherever it was posted. */
    static long total(String peer, YearMonth worked) {
        JsonPath statement = statementHolding(peer, worked);
        return statement == null ? 0 : statement.getLong("statement.totalCents");
    }

    static JsonPath statementHolding(String peer, YearMonth worked) {
        for (YearMonth month = worked; !month.isAfter(YearMonth.now()); month = month.plusMonths(1)) {
            Response response = Platform.as(OFFICER).get("/api/payouts/statements/" + month + "/" + peer);
            if (response.statusCode() == 200) {
                return response.jsonPath();
            }
        }
        return null;
    }
}
