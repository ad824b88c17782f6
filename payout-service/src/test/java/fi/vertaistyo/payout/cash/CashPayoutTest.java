package fi.vertaistyo.payout.cash;

import static fi.vertaistyo.kit.testing.TestTokens.token;
import static fi.vertaistyo.kit.testing.TestTokens.tokenFor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fi.vertaistyo.payout.PayoutWorld;
import fi.vertaistyo.payout.PayoutWorld.Place;
import fi.vertaistyo.kit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CashPayoutTest {

    @Inject
    PayoutWorld world;

    record Lift(Place lobby, Place kallio, UUID pete, UUID sanna, String officer) {
    }

    /** January closed: Pete 7 € at the lobby and 3 € at Kallio, Sanna 12 € at the lobby. */
    Lift closedJanuary() {
        Place lobby = world.lift();
        Place kallio = lobby.elsewhere("Kela Kallio");
        UUID pete = world.peer(lobby.organisation(), "Pete");
        UUID sanna = world.peer(lobby.organisation(), "Sanna K.");
        world.attend(lobby, pete, LocalDate.of(2025, 1, 6), 210);
        world.attend(kallio, pete, LocalDate.of(2025, 1, 7), 90);
        world.attend(lobby, sanna, LocalDate.of(2025, 1, 6), 210);
        world.attend(lobby, sanna, LocalDate.of(2025, 1, 6), 210);
        String officer = token("payout-officer", lobby.organisation());
        given().auth().oauth2(officer).post("/api/payouts/months/2025-01/close").then().statusCode(200);
        return new Lift(lobby, kallio, pete, sanna, officer);
    }

    JsonPath createDay(Lift lift, Place place, String month, String paidOn) {
        return given().auth().oauth2(lift.officer()).contentType(ContentType.JSON)
                .body(Map.of("locationId", place.locationId(), "month", month, "paidOn", paidOn))
                .post("/api/payouts/payout-days").then().statusCode(201).extract().jsonPath();
    }

    io.restassured.response.ValidatableResponse pay(Lift lift, String dayId, UUID peer, int cents) {
        return given().auth().oauth2(lift.officer()).contentType(ContentType.JSON)
                .body(Map.of("participantId", peer, "amountCents", cents))
                .post("/api/payouts/payout-days/" + dayId + "/payments").then();
    }

    @Test
    void theLocationsPayoutListHasWhatEachPeerEarnedThere() {
        Lift lift = closedJanuary();
        JsonPath lobby = createDay(lift, lift.lobby(), "2025-01", "2025-02-05");
        JsonPath kallio = createDay(lift, lift.kallio(), "2025-01", "2025-02-05");

        assertThat(lobby.getList("lines.displayName")).containsExactly("Pete", "Sanna K.");
        assertThat(lobby.getList("lines.dueCents", Integer.class)).containsExactly(700, 1200);
        assertThat(lobby.getString("locationName")).isEqualTo("Lift lobby");
        assertThat(kallio.getList("lines.dueCents", Integer.class)).containsExactly(300);
        assertThat(lobby.getLong("reconciliation.totalDueCents")).isEqualTo(1900);
        assertThat(lobby.getLong("reconciliation.ledgerMonthCents")).isEqualTo(1900);
        assertThat(lobby.getBoolean("reconciliation.balanced")).isTrue();
    }

    @Test
    void paymentsAreRecordedOnceInFullAndTheUnclaimedIsCarriedToTheNextPayoutDay() {
        Lift lift = closedJanuary();
        String day = createDay(lift, lift.lobby(), "2025-01", "2025-02-05").getString("id");

        pay(lift, day, lift.pete(), 600).statusCode(409).contentType("application/problem+json")
                .body("reason", equalTo("AMOUNT_DIFFERS"));
        pay(lift, day, lift.pete(), 700).statusCode(200).body("reconciliation.paidCents", equalTo(700));
        pay(lift, day, lift.pete(), 700).statusCode(409).body("reason", equalTo("ALREADY_PAID"));
        pay(lift, day, UUID.randomUUID(), 700).statusCode(404);

        JsonPath closed = given().auth().oauth2(lift.officer()).post("/api/payouts/payout-days/" + day + "/close")
                .then().statusCode(200).extract().jsonPath();
        assertThat(closed.getList("lines.status")).containsExactly("PAID", "UNCLAIMED");
        assertThat(closed.getString("lines[0].paidBy")).startsWith(TestTokens.ISSUER + "#");
        assertThat(closed.getString("lines[0].paidAt")).isNotNull();
        assertThat(closed.getLong("reconciliation.paidCents") + closed.getLong("reconciliation.unclaimedCents"))
                .isEqualTo(closed.getLong("reconciliation.totalDueCents")).isEqualTo(1900);
        assertThat(closed.getBoolean("reconciliation.balanced")).isTrue();
        pay(lift, day, lift.sanna(), 1200).statusCode(409).body("reason", equalTo("PAYOUT_DAY_CLOSED"));

        world.attend(lift.lobby(), lift.pete(), LocalDate.of(2025, 2, 3), 210);
        given().auth().oauth2(lift.officer()).post("/api/payouts/months/2025-02/close").then().statusCode(200);
        JsonPath february = createDay(lift, lift.lobby(), "2025-02", "2025-03-05");
        assertThat(february.getList("lines.displayName")).containsExactly("Pete", "Sanna K.");
        assertThat(february.getList("lines.monthCents", Integer.class)).containsExactly(700, 0);
        assertThat(february.getList("lines.carriedCents", Integer.class)).containsExactly(0, 1200);
        assertThat(february.getList("lines.dueCents", Integer.class)).containsExactly(700, 1200);
    }

    @Test
    void aPayoutDayNeedsAClosedMonthAndOneAtATimePerLocation() {
        Lift lift = closedJanuary();
        world.attend(lift.lobby(), lift.pete(), LocalDate.of(2025, 2, 3), 210);
        Map<String, Object> february = Map.of("locationId", lift.lobby().locationId(), "month", "2025-02",
                "paidOn", "2025-03-05");
        given().auth().oauth2(lift.officer()).contentType(ContentType.JSON).body(february)
                .post("/api/payouts/payout-days").then().statusCode(409).body("reason", equalTo("MONTH_OPEN"));

        createDay(lift, lift.lobby(), "2025-01", "2025-02-05");
        given().auth().oauth2(lift.officer()).contentType(ContentType.JSON)
                .body(Map.of("locationId", lift.lobby().locationId(), "month", "2025-01", "paidOn", "2025-02-06"))
                .post("/api/payouts/payout-days").then().statusCode(409).body("reason", equalTo("PAYOUT_DAY_EXISTS"));
        given().auth().oauth2(lift.officer()).post("/api/payouts/months/2025-02/close").then().statusCode(200);
        given().auth().oauth2(lift.officer()).contentType(ContentType.JSON).body(february)
                .post("/api/payouts/payout-days").then().statusCode(409).body("reason", equalTo("PAYOUT_DAY_OPEN"));
    }

    @Test
    void badPayoutRequestsAreClearProblems() {
        Lift lift = closedJanuary();
        given().auth().oauth2(lift.officer()).contentType(ContentType.JSON)
                .body(Map.of("locationId", lift.lobby().locationId(), "month", "2025-01", "paidOn", "2025-01-20"))
                .post("/api/payouts/payout-days").then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("'paidOn' must be after the month paid out."));
        given().auth().oauth2(lift.officer()).contentType(ContentType.JSON).body("{\"month\":\"Jan\"}")
                .post("/api/payouts/payout-days").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.hasItems("locationId",
                        "month", "paidOn"));
        given().auth().oauth2(lift.officer()).contentType(ContentType.JSON).body("{\"locationId\":")
                .post("/api/payouts/payout-days").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(lift.officer()).contentType(ContentType.JSON)
                .body(Map.of("locationId", UUID.randomUUID(), "month", "2025-01", "paidOn", "2025-02-05"))
                .post("/api/payouts/payout-days").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(lift.officer()).get("/api/payouts/payout-days/not-an-id").then().statusCode(404)
                .contentType("application/problem+json");
        String day = createDay(lift, lift.lobby(), "2025-01", "2025-02-05").getString("id");
        given().auth().oauth2(lift.officer()).contentType(ContentType.JSON)
                .body(Map.of("participantId", lift.pete(), "amountCents", 0))
                .post("/api/payouts/payout-days/" + day + "/payments").then().statusCode(400);
        given().auth().oauth2(lift.officer()).contentType(ContentType.JSON)
                .body(Map.of("participantId", lift.pete(), "amountCents", 700, "paidAt", "2999-01-01T10:00:00Z"))
                .post("/api/payouts/payout-days/" + day + "/payments").then().statusCode(400);
    }

    @Test
    void aPeerAcknowledgesTheirOwnPaymentOnly() {
        Lift lift = closedJanuary();
        world.login(lift.pete(), lift.lobby().organisation(), "pete-login");
        world.login(lift.sanna(), lift.lobby().organisation(), "sanna-login");
        String day = createDay(lift, lift.lobby(), "2025-01", "2025-02-05").getString("id");
        pay(lift, day, lift.pete(), 700).statusCode(200);
        String pete = tokenFor("pete-login", "peer", lift.lobby().organisation());
        String sanna = tokenFor("sanna-login", "peer", lift.lobby().organisation());

        JsonPath mine = given().auth().oauth2(pete).get("/api/payouts/my/payments").then().statusCode(200).extract()
                .jsonPath();
        assertThat(mine.getList("status")).containsExactly("PAID");
        String line = mine.getString("[0].lineId");

        given().auth().oauth2(sanna).post("/api/payouts/my/payments/" + line + "/acknowledgement").then()
                .statusCode(404);
        given().auth().oauth2(pete).post("/api/payouts/my/payments/" + line + "/acknowledgement").then()
                .statusCode(200).body("acknowledgedAt", org.hamcrest.Matchers.notNullValue());
        String sannasLine = given().auth().oauth2(sanna).get("/api/payouts/my/payments").then().statusCode(200)
                .extract().jsonPath().getString("[0].lineId");
        given().auth().oauth2(sanna).post("/api/payouts/my/payments/" + sannasLine + "/acknowledgement").then()
                .statusCode(409).body("reason", equalTo("NOT_PAID"));
        JsonPath view = given().auth().oauth2(lift.officer()).get("/api/payouts/payout-days/" + day).then()
                .statusCode(200).extract().jsonPath();
        assertThat(view.getString("lines[0].acknowledgedAt")).isNotNull();
        assertThat(view.getString("lines[1].acknowledgedAt")).isNull();
    }

    @Test
    void aPseudonymReplacesTheNameInFrozenStatementsAndPayoutListsButNotTheMoney() {
        Lift lift = closedJanuary();
        String day = createDay(lift, lift.lobby(), "2025-01", "2025-02-05").getString("id");
        world.rename(lift.pete(), lift.lobby().organisation(), "Pseudonym 1a2b3c4d");

        JsonPath statements = given().auth().oauth2(lift.officer()).queryParam("month", "2025-01")
                .get("/api/payouts/statements").then().statusCode(200).extract().jsonPath();
        assertThat(statements.getList("displayName")).contains("Pseudonym 1a2b3c4d").doesNotContain("Pete");
        assertThat(statements.getList("frozen")).containsOnly(true);
        JsonPath lines = given().auth().oauth2(lift.officer()).get("/api/payouts/payout-days/" + day).then()
                .statusCode(200).extract().jsonPath();
        assertThat(lines.getList("lines.displayName")).contains("Pseudonym 1a2b3c4d").doesNotContain("Pete");
        assertThat(lines.getLong("reconciliation.totalDueCents")).isEqualTo(1900);
    }
}
