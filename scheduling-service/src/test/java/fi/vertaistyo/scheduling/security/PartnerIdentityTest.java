package fi.vertaistyo.scheduling.security;

import static io.restassured.RestAssured.given;

import fi.vertaistyo.kit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnerIdentityTest {

    @Test
    void partnerTokenWithoutAgencyIsNotAuthenticated() {
        given().auth().oauth2(TestTokens.partnerWithoutAgency(TestTokens.newOrganisation()))
                .get("/api/scheduling/peers").then().statusCode(401);
    }

    @Test
    void partnerTokenWithAgencyIsAuthenticatedButHasNoAccessToPeers() {
        given().auth().oauth2(TestTokens.token("partner", TestTokens.newOrganisation()))
                .get("/api/scheduling/peers").then().statusCode(403);
    }
}
