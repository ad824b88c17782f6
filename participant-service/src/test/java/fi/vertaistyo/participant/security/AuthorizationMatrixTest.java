package fi.vertaistyo.participant.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import fi.vertaistyo.kit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Drives role × operation checks from authorization-matrix.csv, adds the token failures every
 * operation must refuse, and fails when /q/openapi has an operation the matrix does not list.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** expected: an HTTP status, or 0 for "allow" (passes authorization). */
    record Row(String method, String path, String role, int expected) {
        String operation() {
            return method + " " + path;
        }
    }

    static final Map<String, Object> BODIES = Map.of(
            "POST /api/participants", Map.of("displayName", "Matrix", "legalName", "Matrix Testinen"));

    @TestFactory
    Stream<DynamicTest> everyRoleGetsTheExpectedAnswer() {
        return rows().stream().map(row -> dynamicTest(row.role() + " " + row.operation() + " -> "
                + (row.expected() == 0 ? "allow" : row.expected()), () -> {
                    String org = TestTokens.newOrganisation();
                    String path = fill(row.path().replace("{id}", participantIn(org)));
                    int status = call(row, path, given().auth().oauth2(TestTokens.token(row.role(), org))).statusCode();
                    if (row.expected() == 0) {
                        assertThat(status).as("status").isNotIn(401, 403).isLessThan(500);
                    } else {
                        assertThat(status).as("status").isEqualTo(row.expected());
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesBadTokens() {
        Map<String, Function<String, String>> badTokens = Map.of(
                "expired", org -> TestTokens.expired("coordinator", org),
                "wrong audience", org -> TestTokens.wrongAudience("coordinator", org),
                "wrong issuer", org -> TestTokens.wrongIssuer("coordinator", org),
                "no organisation claim", org -> TestTokens.withoutOrganisation("coordinator"),
                "not a JWT", org -> "not-a-token");
        return operations().stream().flatMap(op -> Stream.concat(
                Stream.of(dynamicTest("no token " + op, () -> call(op, given()).then().statusCode(401))),
                badTokens.entrySet().stream().map(bad -> dynamicTest(bad.getKey() + " " + op, () -> {
                    String org = TestTokens.newOrganisation();
                    call(op, given().auth().oauth2(bad.getValue().apply(org))).then().statusCode(401);
                }))));
    }

    @Test
    void matrixCoversEveryOperationInTheOpenApiDocument() {
        JsonPath openapi = given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Set<String> documented = new TreeSet<>();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        paths.forEach((path, methods) -> methods.keySet().forEach(m -> documented.add(m.toUpperCase() + " " + path)));
        assertThat(operations()).containsExactlyInAnyOrderElementsOf(documented);
        // and every operation is listed for every role
        Set<String> roles = Set.of("coordinator", "peer", "trainer", "partner", "payout-officer", "admin");
        for (String op : operations()) {
            assertThat(rows().stream().filter(r -> r.operation().equals(op)).map(Row::role))
                    .as(op).containsExactlyInAnyOrderElementsOf(roles);
        }
    }

    private io.restassured.response.Response call(String operation, RequestSpecification request) {
        String[] parts = operation.split(" ", 2);
        return call(new Row(parts[0], parts[1], "", 0), fill(parts[1]), request);
    }

    private io.restassured.response.Response call(Row row, String path, RequestSpecification request) {
        Object body = BODIES.get(row.operation());
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        } else if (Set.of("POST", "PUT", "PATCH").contains(row.method())) {
            request = request.contentType(ContentType.JSON).body("{}");
        }
        return request.request(row.method(), path);
    }

    private static String fill(String path) {
        return path.replace("{id}", java.util.UUID.randomUUID().toString())
                .replace("{agreementId}", java.util.UUID.randomUUID().toString())
                .replace("{programmeId}", java.util.UUID.randomUUID().toString())
                .replace("{purpose}", "FOLLOW_UP_CONTACT");
    }

    private static String participantIn(String org) {
        return given().auth().oauth2(TestTokens.token("coordinator", org)).contentType(ContentType.JSON)
                .body(BODIES.get("POST /api/participants"))
                .post("/api/participants").then().statusCode(201).extract().path("id");
    }

    static List<Row> rows() {
        try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream("/authorization-matrix.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.split(","))
                    .map(f -> new Row(f[0], f[1], f[2], "allow".equals(f[3]) ? 0 : Integer.parseInt(f[3])))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<String> operations() {
        Set<String> ops = new TreeSet<>();
        rows().forEach(r -> ops.add(r.operation()));
        return ops;
    }
}
