package fi.vertaistyo.participant.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fi.vertaistyo.kit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityEventLogTest {

    @Test
    void failedAuthenticationsAndAuthorizationsAreCounted() {
        double authnBefore = failures("authentication");
        double authzBefore = failures("authorization");

        given().auth().oauth2(TestTokens.expired("coordinator", TestTokens.newOrganisation())).get("/api/participants")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.token("partner", TestTokens.newOrganisation())).get("/api/participants")
                .then().statusCode(403);

        assertThat(failures("authentication")).isGreaterThanOrEqualTo(authnBefore + 1);
        assertThat(failures("authorization")).isGreaterThanOrEqualTo(authzBefore + 1);
    }


    static double failures(String kind) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("vertaistyo_security_failures_total\\{[^}]*kind=\"" + kind + "\"[^}]*\\} ([0-9.E]+)")
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
