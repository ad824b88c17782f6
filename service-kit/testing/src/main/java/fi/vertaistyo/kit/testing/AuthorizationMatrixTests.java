package fi.vertaistyo.kit.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Deny by default, checked: drives role × operation from the service's
 * {@code src/test/resources/authorization-matrix.csv} ({@code METHOD,path,role,expected} with expected
 * an HTTP status, {@code allow} or {@code public}), adds the bad tokens every operation must refuse,
 * and fails when {@code /q/openapi} has an operation the matrix does not list for every role.
 * A service's {@code AuthorizationMatrixTest} extends this (with {@code @QuarkusTest}).
 */
public abstract class AuthorizationMatrixTests {

    public static final Set<String> ROLES = Set.of("coordinator", "peer", "trainer", "partner", "payout-officer", "admin");

    static final int ALLOW = 0;
    static final int PUBLIC = -1;

    /** expected: an HTTP status, {@link #ALLOW} (passes authorization) or {@link #PUBLIC} (allowed without a token too). */
    public record Row(String method, String path, String role, int expected) {
        public String operation() {
            return method + " " + path;
        }
    }

    /**
     * The path with its placeholders filled. {@code organisation} is the caller's for the role
     * rows (a service may create a real object there), null for the bad-token calls.
     */
    protected String path(String template, String organisation) {
        return template.replaceAll("\\{[a-zA-Z]+}", UUID.randomUUID().toString());
    }

    /** The body sent with the operation (METHOD and path template); an empty object by default. Only for POST, PUT and PATCH. */
    protected Object body(String operation) {
        return "{}";
    }

    @TestFactory
    Stream<DynamicTest> everyRoleGetsTheExpectedAnswer() {
        return rows().stream().map(row -> dynamicTest(row.role() + " " + row.operation() + " -> "
                + (row.expected() <= ALLOW ? "allow" : row.expected()), () -> {
                    String organisation = TestTokens.newOrganisation();
                    Response response = call(row.method(), row.path(), path(row.path(), organisation),
                            given().auth().oauth2(TestTokens.token(row.role(), organisation)));
                    int status = response.statusCode();
                    if (row.expected() <= ALLOW) {
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
        Map<String, Function<String, String>> badTokens = new LinkedHashMap<>();
        badTokens.put("expired", org -> TestTokens.expired("coordinator", org));
        badTokens.put("wrong audience", org -> TestTokens.wrongAudience("coordinator", org));
        badTokens.put("wrong issuer", org -> TestTokens.wrongIssuer("coordinator", org));
        badTokens.put("no organisation claim", org -> TestTokens.withoutOrganisation("coordinator"));
        badTokens.put("not a JWT", org -> "not-a-token");
        List<Row> rows = rows();
        Set<String> publicOperations = publicOperations(rows);
        return operations(rows).stream().flatMap(op -> Stream.concat(
                Stream.of(dynamicTest("no token " + op, () -> {
                    int status = call(op, given()).statusCode();
                    if (publicOperations.contains(op)) {
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
        List<Row> rows = rows();
        assertThat(operations(rows)).containsExactlyInAnyOrderElementsOf(documented);
        for (String op : operations(rows)) {
            assertThat(rows.stream().filter(r -> r.operation().equals(op)).map(Row::role))
                    .as(op).containsExactlyInAnyOrderElementsOf(ROLES);
        }
    }

    private Response call(String operation, RequestSpecification request) {
        String[] parts = operation.split(" ", 2);
        return call(parts[0], parts[1], path(parts[1], null), request);
    }

    private Response call(String method, String template, String path, RequestSpecification request) {
        if (Set.of("POST", "PUT", "PATCH").contains(method)) {
            request = request.contentType(ContentType.JSON).body(body(method + " " + template));
        }
        return request.request(method, path);
    }

    List<Row> rows() {
        // the subclass's class loader: the CSV is in the service's test resources
        try (InputStream in = getClass().getResourceAsStream("/authorization-matrix.csv")) {
            if (in == null) {
                throw new IllegalStateException("src/test/resources/authorization-matrix.csv is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.split(","))
                    .map(f -> new Row(f[0], f[1], f[2], switch (f[3]) {
                        case "allow" -> ALLOW;
                        case "public" -> PUBLIC;
                        default -> Integer.parseInt(f[3]);
                    }))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<String> publicOperations(List<Row> rows) {
        Set<String> ops = new TreeSet<>();
        rows.stream().filter(r -> r.expected() == PUBLIC).forEach(r -> ops.add(r.operation()));
        return ops;
    }

    static Set<String> operations(List<Row> rows) {
        Set<String> ops = new TreeSet<>();
        rows.forEach(r -> ops.add(r.operation()));
        return ops;
    }
}
