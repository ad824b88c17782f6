package fi.vertaistyo.payout.month;

import fi.vertaistyo.kit.testing.TestTokens;
import static fi.vertaistyo.kit.testing.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import fi.vertaistyo.payout.PayoutWorld;
import fi.vertaistyo.payout.PayoutWorld.Entry;
import fi.vertaistyo.payout.PayoutWorld.Place;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MonthCloseTest {

    static final LocalDate JAN = LocalDate.of(2025, 1, 1);

    @Inject
    PayoutWorld world;

    @Inject
    EntityManager em;

    JsonPath close(String org, String month) {
        return given().auth().oauth2(token("payout-officer", org)).post("/api/payouts/months/" + month + "/close")
                .then().statusCode(200).extract().jsonPath();
    }

    JsonPath statements(String org, String month) {
        return given().auth().oauth2(token("coordinator", org)).queryParam("month", month)
                .get("/api/payouts/statements").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void closingAMonthFreezesEachPeersStatementWithDaysHoursAndAmount() {
        Place lift = world.lift();
        UUID pete = world.peer(lift.organisation(), "Pete");
        UUID sanna = world.peer(lift.organisation(), "Sanna K.");
        world.attend(lift, pete, JAN.withDayOfMonth(6), 210);
        world.attend(lift, pete, JAN.withDayOfMonth(8), 210);
        world.attend(lift, pete, JAN.withDayOfMonth(8), 210);
        world.attend(lift, sanna, JAN.withDayOfMonth(10), 90);

        JsonPath open = statements(lift.organisation(), "2025-01");
        assertThat(open.getList("frozen")).containsOnly(false);

        JsonPath closed = close(lift.organisation(), "2025-01");
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getInt("peers")).isEqualTo(2);
        assertThat(closed.getLong("totalCents")).isEqualTo(700 + 1200 + 300);

        JsonPath frozen = statements(lift.organisation(), "2025-01");
        assertThat(frozen.getList("displayName")).containsExactly("Pete", "Sanna K.");
        assertThat(frozen.getList("frozen")).containsOnly(true);
        assertThat(frozen.getInt("[0].days")).isEqualTo(2);
        assertThat(frozen.getInt("[0].minutes")).isEqualTo(630);
        assertThat(frozen.getInt("[0].totalCents")).isEqualTo(1900);
        assertThat(frozen.getInt("[0].entries")).isEqualTo(3);
        assertThat(frozen.getInt("[1].totalCents")).isEqualTo(300);

        JsonPath detail = given().auth().oauth2(token("payout-officer", lift.organisation()))
                .get("/api/payouts/statements/2025-01/" + pete).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getList("entries.amountCents", Integer.class)).containsExactly(700, 700, 500);
        assertThat(detail.getList("entries.locationName")).containsOnly("Lift lobby");
    }

    @Test
    void attendanceForAClosedMonthArrivingLaterLandsInTheNextOpenMonthLabelledWithItsMonth() {
        Place lift = world.lift();
        UUID pete = world.peer(lift.organisation(), "Pete");
        var january = world.attend(lift, pete, JAN.withDayOfMonth(6), 210);
        close(lift.organisation(), "2025-01");

        world.attend(lift, pete, JAN.withDayOfMonth(30), 210);
        world.correct(january, 90);
        world.attend(lift, pete, LocalDate.of(2025, 2, 3), 210);

        assertThat(world.entries(pete)).extracting(Entry::postingMonth).containsExactly(JAN,
                LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 1));
        assertThat(statements(lift.organisation(), "2025-01").getInt("[0].totalCents")).isEqualTo(700);
        JsonPath february = statements(lift.organisation(), "2025-02");
        assertThat(february.getInt("[0].accruedCents")).isEqualTo(700);
        assertThat(february.getInt("[0].adjustmentCents")).isEqualTo(700 - 700 + 300);
        assertThat(february.getInt("[0].days")).isEqualTo(1);

        JsonPath detail = given().auth().oauth2(token("coordinator", lift.organisation()))
                .get("/api/payouts/statements/2025-02/" + pete).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getList("entries.belongsTo")).containsExactly("2025-01", "2025-01", "2025-01", "2025-02");
        assertThat(detail.getList("entries.adjustment")).containsExactly(true, true, true, false);
        assertThat(detail.getList("entries.kind")).containsExactly("REVERSAL", "ACCRUAL", "ACCRUAL", "ACCRUAL");
    }

    @Test
    void noEntryCanBePostedIntoAClosedMonthEvenBySql() {
        Place lift = world.lift();
        UUID pete = world.peer(lift.organisation(), "Pete");
        var january = world.attend(lift, pete, JAN.withDayOfMonth(6), 210);
        close(lift.organisation(), "2025-01");

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into ledger_entry (idempotency_key, organisation, participant_id, programme_id, location_id,
                    attendance_id, work_date, posting_month, kind, amount_cents, minutes, posted_at)
                values ('sneaky', ?1, ?2, ?3, ?4, ?5, '2025-01-07', '2025-01-01', 'ACCRUAL', 100, 0, now())""")
                .setParameter(1, lift.organisation()).setParameter(2, pete).setParameter(3, lift.programmeId())
                .setParameter(4, lift.locationId()).setParameter(5, january.attendanceId()).executeUpdate()))
                .hasStackTraceContaining("is closed");
        assertThat(world.balance(pete)).isEqualTo(700);
    }

    @Test
    void aMonthIsClosedOnceInOrderAndOnlyWhenItIsOver() {
        Place lift = world.lift();
        UUID pete = world.peer(lift.organisation(), "Pete");
        world.attend(lift, pete, JAN.withDayOfMonth(6), 210);
        world.attend(lift, pete, LocalDate.of(2025, 2, 6), 210);
        String officer = token("payout-officer", lift.organisation());

        given().auth().oauth2(officer).post("/api/payouts/months/2025-02/close").then().statusCode(409)
                .contentType("application/problem+json").body("reason", equalTo("EARLIER_MONTH_OPEN"));
        close(lift.organisation(), "2025-01");
        given().auth().oauth2(officer).post("/api/payouts/months/2025-01/close").then().statusCode(409)
                .body("reason", equalTo("MONTH_ALREADY_CLOSED"));
        String thisMonth = YearMonth.now(ZoneId.of("Europe/Helsinki")).toString();
        given().auth().oauth2(officer).post("/api/payouts/months/" + thisMonth + "/close").then().statusCode(409)
                .body("reason", equalTo("MONTH_NOT_OVER"));
        close(lift.organisation(), "2025-02");

        assertThat(given().auth().oauth2(officer).get("/api/payouts/months").then().statusCode(200).extract()
                .jsonPath().getList("status")).containsExactly("CLOSED", "CLOSED");
    }

    @Test
    void aMonthThatIsNotAMonthIsABadRequest() {
        String officer = token("payout-officer", world.lift().organisation());
        given().auth().oauth2(officer).post("/api/payouts/months/2025-13/close").then().statusCode(400)
                .contentType("application/problem+json").body("detail", equalTo("'month' must be a month, YYYY-MM, in the years 2000–2099."));
        given().auth().oauth2(officer).post("/api/payouts/months/+999999999-01/close").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(officer).get("/api/payouts/statements").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(officer).queryParam("month", "January").get("/api/payouts/statements").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anotherOrganisationSeesNoneOfIt() {
        Place lift = world.lift();
        UUID pete = world.peer(lift.organisation(), "Pete");
        world.attend(lift, pete, JAN.withDayOfMonth(6), 210);
        String other = world.lift().organisation();

        assertThat(statements(other, "2025-01").getList("$")).isEmpty();
        given().auth().oauth2(token("coordinator", other)).get("/api/payouts/statements/2025-01/" + pete).then()
                .statusCode(404);
        given().auth().oauth2(token("payout-officer", other)).post("/api/payouts/months/2025-01/close").then()
                .statusCode(200).body("peers", equalTo(0));
        assertThat(statements(lift.organisation(), "2025-01").getList("frozen")).containsOnly(false);
    }
}
