package fi.vertaistyo.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The gateway serves the web app at / beside the APIs, with its browser protections. */
class WebAppOnGatewayIT {

    @Test
    void theAppIsServedAtTheRootWithItsSecurityHeadersAndRevalidatedOnEveryLoad() {
        Platform.anonymous().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-cache")
                .body(containsString("<div id=\"root\"></div>"));
    }

    @Test
    void aDeepLinkIsAnsweredByTheAppAndAnUnknownApiPathByAProblem() {
        Platform.anonymous().get("/shifts/3b30df04-844a-433d-8ba0-2aea8a0448d2/absence").then().statusCode(200)
                .body(containsString("<div id=\"root\"></div>"));
        Platform.anonymous().get("/api/nothing-here").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void hashedAssetsAreKeptForAYearAndTheManifestAndConfigAreServed() {
        String html = Platform.anonymous().get("/").then().extract().asString();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(html);
        assertThat(script.find()).as("index.html names its script").isTrue();
        Response asset = Platform.anonymous().get(script.group(1));
        asset.then().statusCode(200).contentType(containsString("javascript"))
                .header("Cache-Control", containsString("immutable"));
        Platform.anonymous().get("/manifest.webmanifest").then().statusCode(200)
                .contentType(containsString("application/manifest+json")).body("name", equalTo("Vertaistyö"));
        Platform.anonymous().get("/config.json").then().statusCode(200)
                .body("oidcClientId", equalTo("vertaistyo-web"));
    }
}
