package fi.vertaistyo.payout.mine;

import static fi.vertaistyo.kit.testing.TestTokens.tokenFor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fi.vertaistyo.payout.PayoutWorld;
import fi.vertaistyo.payout.PayoutWorld.Place;
import fi.vertaistyo.kit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MyStatementsTest {

    @Inject
    PayoutWorld world;

    @Test
    void aPeerSeesTheirOwnStatementsAndTheEntriesBehindThemAndNobodyElses() {
        Place lift = world.lift();
        UUID pete = world.peer(lift.organisation(), "Pete");
        UUID sanna = world.peer(lift.organisation(), "Sanna K.");
        world.login(pete, lift.organisation(), "pete-" + pete);
        world.attend(lift, pete, LocalDate.of(2025, 1, 6), 210);
        world.attend(lift, pete, LocalDate.of(2025, 2, 3), 210);
        world.attend(lift, sanna, LocalDate.of(2025, 1, 6), 420);
        given().auth().oauth2(TestTokens.token("payout-officer", lift.organisation()))
                .post("/api/payouts/months/2025-01/close").then().statusCode(200);
        String token = tokenFor("pete-" + pete, "peer", lift.organisation());

        JsonPath history = given().auth().oauth2(token).get("/api/payouts/my/statements").then().statusCode(200)
                .extract().jsonPath();
        assertThat(history.getList("month")).containsExactly("2025-02", "2025-01");
        assertThat(history.getList("frozen")).containsExactly(false, true);
        assertThat(history.getList("participantId")).containsOnly(pete.toString());

        JsonPath january = given().auth().oauth2(token).get("/api/payouts/my/statements/2025-01").then()
                .statusCode(200).extract().jsonPath();
        assertThat(january.getInt("statement.totalCents")).isEqualTo(700);
        assertThat(january.getList("entries.minutes", Integer.class)).containsExactly(210);
        assertThat(january.prettify()).doesNotContain("Sanna", sanna.toString());

        given().auth().oauth2(token).get("/api/payouts/my/statements/2024-12").then().statusCode(404);
    }

    @Test
    void aPeerWhoseLoginIsNotLinkedGetsAClearNotFound() {
        given().auth().oauth2(tokenFor("stranger-" + UUID.randomUUID(), "peer", world.lift().organisation()))
                .get("/api/payouts/my/statements").then().statusCode(404).contentType("application/problem+json");
    }
}
