package fi.vertaistyo.participant.security;

import static io.restassured.RestAssured.given;

import fi.vertaistyo.kit.testing.AuthorizationMatrixTests;
import fi.vertaistyo.kit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;

/**
 * src/test/resources/authorization-matrix.csv, every role and bad token against every operation (see
 * the kit). A participant's own paths are called with a real participant of the caller's organisation,
 * so an allowed role reaches the operation itself, not a 404.
 */
@QuarkusTest
class AuthorizationMatrixTest extends AuthorizationMatrixTests {

    static final Map<String, Object> BODIES = Map.of(
            "POST /api/participants", Map.of("displayName", "Matrix", "legalName", "Matrix Testinen"));

    @Override
    protected String path(String template, String organisation) {
        String filled = organisation != null && template.contains("{id}")
                ? template.replace("{id}", participantIn(organisation)) : template;
        return super.path(filled.replace("{purpose}", "FOLLOW_UP_CONTACT"), organisation);
    }

    @Override
    protected Object body(String operation) {
        return BODIES.getOrDefault(operation, "{}");
    }

    private static String participantIn(String organisation) {
        return given().auth().oauth2(TestTokens.token("coordinator", organisation)).contentType(ContentType.JSON)
                .body(BODIES.get("POST /api/participants"))
                .post("/api/participants").then().statusCode(201).extract().path("id");
    }
}
