package fi.vertaistyo.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The running platform (dev/up): the gateway and tokens from the real Keycloak. */
public final class Platform {

    public static final String GATEWAY = System.getProperty("gateway.url", "http://127.0.0.1:8080");
    static final String KEYCLOAK = System.getProperty("keycloak.url", "http://127.0.0.1:8180");
    private static final String TOKEN_ENDPOINT = KEYCLOAK + "/realms/vertaistyo/protocol/openid-connect/token";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Platform() {
    }

    /** A request through the gateway as this demo user. */
    static RequestSpecification as(String user) {
        return given().baseUri(GATEWAY).auth().oauth2(userToken(user));
    }

    static RequestSpecification anonymous() {
        return given().baseUri(GATEWAY);
    }

    static String userToken(String user) {
        return TOKENS.computeIfAbsent(user, Platform::freshUserToken);
    }

    /** A new token (they live five minutes) from the password grant, which the dev realm allows for tests. */
    public static String freshUserToken(String user) {
        return given()
                .formParam("grant_type", "password")
                .formParam("client_id", "vertaistyo-web")
                .formParam("username", user)
                .formParam("password", env("DEMO_PASSWORD"))
                .post(TOKEN_ENDPOINT)
                .then().statusCode(200).extract().path("access_token");
    }

    static String partnerToken() {
        return TOKENS.computeIfAbsent("partner-kela-itakeskus", c -> given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", c)
                .formParam("client_secret", env("PARTNER_CLIENT_SECRET"))
                .post(TOKEN_ENDPOINT)
                .then().statusCode(200).extract().path("access_token"));
    }

    /** A service's own database, as only a test on the developer's machine may read it. */
    public static java.sql.Connection database(String service) throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + service, service,
                env(service.toUpperCase() + "_DB_PASSWORD"));
    }

    /**
     * Client settings for the local broker signed in as one of its SASL/SCRAM users (dev/kafka/access.json):
     * "admin", a service ("vertaistyo-payout-service") or the demo partner office ("partner-kela-itakeskus").
     */
    public static java.util.Properties kafkaAs(String user) {
        String variable = user.equals("admin") ? "KAFKA_ADMIN_PASSWORD"
                : user.startsWith("partner-") ? "KAFKA_PARTNER_PASSWORD"
                : "KAFKA_" + user.replace("vertaistyo-", "").replace("-service", "").toUpperCase() + "_PASSWORD";
        return kafkaAs(user, env(variable));
    }

    /** The same with any password (a wrong one must be refused). */
    public static java.util.Properties kafkaAs(String user, String password) {
        java.util.Properties props = new java.util.Properties();
        props.put("bootstrap.servers", System.getProperty("kafka.bootstrap", "127.0.0.1:9092"));
        props.put("security.protocol", "SASL_PLAINTEXT");
        props.put("sasl.mechanism", "SCRAM-SHA-512");
        props.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + user + "\" password=\"" + password + "\";");
        return props;
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the system tests through dev/test "
                    + "(or source .dev/secrets.env first)");
        }
        return value;
    }
}
