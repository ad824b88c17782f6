package fi.vertaistyo.scheduling.security;

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

    /** expected: an HTTP status, 0 for "allow" (passes authorization), -1 for "public" (allowed without a token too). */
    record Row(String method, String path, String role, int expected) {
        String operation() {
            return method + " " + path;
        }
    }

    static final Set<String> ROLES = Set.of("coordinator", "peer", "trainer", "partner", "payout-officer", "admin");

    @TestFactory
    Stream<DynamicTest> everyRoleGetsTheExpectedAnswer() {
        return rows().stream().map(row -> dynamicTest(row.role() + " " + row.operation() + " -> "
                + (row.expected() <= 0 ? "allow" : row.expected()), () -> {
                    io.restassured.response.Response response = call(row.operation(),
                            given().auth().oauth2(TestTokens.token(row.role(), TestTokens.newOrganisation())));
                    int status = response.statusCode();
                    if (row.expected() <= 0) {
                        assertThat(status).as("status").isNotIn(401, 403).isLessThan(500);
                        if (status == 404) {
                            // a missing object (the ids are random) says what it missed; a missing route does not
                            assertThat(response.jsonPath().getString("detail")).as("404 of a real route").isNotNull();
                        }
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
                Stream.of(dynamicTest("no token " + op, () -> {
                    int status = call(op, given()).statusCode();
                    if (publicOperations().contains(op)) {
                        assertThat(status).as("public operation without a token").isLessThan(500).isNotIn(401, 403);
                    } else {
                        assertThat(status).isEqualTo(401);
                    }
                })),
                badTokens.entrySet().stream().map(bad -> dynamicTest(bad.getKey() + " " + op, () ->
                        call(op, given().auth().oauth2(bad.getValue().apply(TestTokens.newOrganisation())))
                                .then().statusCode(401)))));
    }

    @Test
    void matrixCoversEveryOperationInTheOpenApiDocumentForEveryRole() {
        JsonPath openapi = given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Set<String> documented = new TreeSet<>();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        paths.forEach((path, methods) -> methods.keySet().forEach(m -> documented.add(m.toUpperCase() + " " + path)));
        assertThat(operations()).containsExactlyInAnyOrderElementsOf(documented);
        for (String op : operations()) {
            assertThat(rows().stream().filter(r -> r.operation().equals(op)).map(Row::role))
                    .as(op).containsExactlyInAnyOrderElementsOf(ROLES);
        }
    }

    private static io.restassured.response.Response call(String operation, RequestSpecification request) {
        String[] parts = operation.split(" ", 2);
        if (Set.of("POST", "PUT", "PATCH").contains(parts[0])) {
            request = request.contentType(ContentType.JSON).body("{}");
        }
        String path = parts[1].replaceAll("\\{[a-zA-Z]+}", java.util.UUID.randomUUID().toString());
        return request.request(parts[0], path);
    }

    static List<Row> rows() {
        try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream("/authorization-matrix.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.split(","))
                    .map(f -> new Row(f[0], f[1], f[2], switch (f[3]) {
                        case "allow" -> 0;
                        case "public" -> -1;
                        default -> Integer.parseInt(f[3]);
                    }))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<String> publicOperations() {
        Set<String> ops = new TreeSet<>();
        rows().stream().filter(r -> r.expected() < 0).forEach(r -> ops.add(r.operation()));
        return ops;
    }

    static Set<String> operations() {
        Set<String> ops = new TreeSet<>();
        rows().forEach(r -> ops.add(r.operation()));
        return ops;
    }
}
