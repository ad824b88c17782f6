package fi.vertaistyo.training;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The WireMock OIDC provider whose key signs the test tokens (kit's TestTokens). Declared once for
 * the module: a test resource not restricted to its class applies to every test here.
 */
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class OidcTestServer {

    private OidcTestServer() {
    }
}
