package fi.vertaistyo.scheduling.security;

import static io.restassured.RestAssured.given;

import fi.vertaistyo.scheduling.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
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
