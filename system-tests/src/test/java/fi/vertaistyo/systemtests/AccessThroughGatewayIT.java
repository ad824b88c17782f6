package fi.vertaistyo.systemtests;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One authorized and one refused call per service, with tokens from the real Keycloak. */
class AccessThroughGatewayIT {

    @ParameterizedTest(name = "{0} may {1}")
    @CsvSource({
            "sovatek-coordinator, /api/participants",
            "sovatek-coordinator, /api/scheduling/peers",
            "sh-trainer,          /api/training/peers",
            "sh-payout,           /api/payouts/peers"})
    void roleThatMayCallGetsAnAnswer(String user, String path) {
        Platform.as(user).get(path).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0} may not {1}")
    @CsvSource({
            "sovatek-peer,    /api/participants",
            "sovatek-payout,  /api/scheduling/peers",
            "sh-partner,      /api/training/peers",
            "sh-trainer,      /api/payouts/peers"})
    void roleThatMayNotCallIsRefused(String user, String path) {
        Platform.as(user).get(path).then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @ParameterizedTest(name = "no token on {0}")
    @CsvSource({"/api/participants", "/api/scheduling/peers", "/api/training/peers", "/api/payouts/peers"})
    void callWithoutTokenIsUnauthorized(String path) {
        Platform.anonymous().get(path).then().statusCode(401);
    }

    @Test
    void partnerClientTokenIsNotAcceptedByServicesItIsNotMeantFor() {
        // The partner client's tokens carry only the scheduling-service audience.
        Platform.anonymous().auth().oauth2(Platform.partnerToken()).get("/api/participants").then().statusCode(401);
        Platform.anonymous().auth().oauth2(Platform.partnerToken()).get("/api/payouts/peers").then().statusCode(401);
    }

    @Test
    void demoPeerSeesOwnRecordAndAgreementThroughTheirLinkedLogin() {
        Platform.as("sovatek-peer").get("/api/participants/me").then().statusCode(200)
                .body("displayName", equalTo("Pete")).body("status", equalTo("ACTIVE"));
        Platform.as("sovatek-peer").get("/api/participants/me/agreements").then().statusCode(200)
                .body("[0].inForce", equalTo(true)).body("[0].daysPerWeek", equalTo(3))
                .body("[0].minutesPerDay", equalTo(210));
        Platform.as("sovatek-peer").get("/api/participants").then().statusCode(403);
    }

    @Test
    void unknownRoutesAnswerProblemDetails() {
        Platform.anonymous().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }
}
