package fi.vertaistyo.payout.report;

import fi.vertaistyo.kit.testing.TestTokens;
import static fi.vertaistyo.kit.testing.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fi.vertaistyo.payout.PayoutWorld;
import fi.vertaistyo.payout.PayoutWorld.Place;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FunderReportTest {

    @Inject
    PayoutWorld world;

    Place lobby;
    UUID pete;
    UUID sanna;

    void march() {
        lobby = world.lift();
        Place kallio = lobby.elsewhere("Kela, Kallio");
        pete = world.peer(lobby.organisation(), "Pete Peerson");
        sanna = world.peer(lobby.organisation(), "Sanna Koskinen");
        world.attend(lobby, pete, LocalDate.of(2025, 3, 3), 210);
        world.attend(lobby, pete, LocalDate.of(2025, 3, 5), 210);
        world.attend(lobby, sanna, LocalDate.of(2025, 3, 3), 420);
        world.attend(kallio, sanna, LocalDate.of(2025, 3, 4), 90);
    }

    @Test
    void monthlyTotalsPerProgrammeAndLocationWithoutNames() {
        march();
        JsonPath report = given().auth().oauth2(token("coordinator", lobby.organisation()))
                .queryParam("month", "2025-03").get("/api/payouts/reports/monthly").then().statusCode(200)
                .extract().jsonPath();

        assertThat(report.getList("locationName")).containsExactly("Kela, Kallio", "Lift lobby");
        assertThat(report.getList("programmeCode")).containsOnly("lift");
        assertThat(report.getList("peers", Integer.class)).containsExactly(1, 2);
        assertThat(report.getList("days", Integer.class)).containsExactly(1, 3);
        assertThat(report.getList("minutes", Integer.class)).containsExactly(90, 840);
        assertThat(report.getList("totalCents", Long.class)).containsExactly(300L, 700L + 700L + 1200L);
        assertThat(report.getList("closed")).containsOnly(false);
        String body = report.prettify();
        assertThat(body).doesNotContain("Pete", "Sanna", pete.toString(), sanna.toString());
    }

    @Test
    void theSameReportAsCsvForSpreadsheets() {
        march();
        String csv = given().auth().oauth2(token("payout-officer", lobby.organisation())).accept("text/csv")
                .queryParam("month", "2025-03").get("/api/payouts/reports/monthly").then().statusCode(200)
                .contentType("text/csv").extract().asString();

        assertThat(csv.split("\r\n")).containsExactly(
                "month,closed,programme,location,peers,days,hours,accrued_eur,adjustments_eur,total_eur",
                "2025-03,false,lift,\"Kela, Kallio\",1,1,1.50,3.00,0.00,3.00",
                "2025-03,false,lift,Lift lobby,2,3,14.00,26.00,0.00,26.00");
        assertThat(csv).doesNotContain("Pete", "Sanna", pete.toString());
    }

    @Test
    void aReportNeedsAMonth() {
        given().auth().oauth2(token("coordinator", "sovatek")).get("/api/payouts/reports/monthly").then()
                .statusCode(400).contentType("application/problem+json");
    }
}
