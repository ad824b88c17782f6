package fi.vertaistyo.kit.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real RS256 tokens signed with the key of the WireMock OIDC provider
 * ({@code OidcWiremockTestResource}), so the service runs its full verification path. The audience
 * is the one the service under test expects ({@code quarkus.oidc.token.audience}). Partner tokens
 * name an agency unless a test asks for one without.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";

    private TestTokens() {
    }

    public static String token(String role, String org) {
        return claims(role, org).sign();
    }

    public static String tokenFor(String subject, String role, String org) {
        return claims(role, org).subject(subject).sign();
    }

    public static String expired(String role, String org) {
        return claims(role, org).issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).sign();
    }

    public static String wrongAudience(String role, String org) {
        return claims(role, org).audience("another-service").sign();
    }

    public static String wrongIssuer(String role, String org) {
        return claims(role, org).issuer("https://evil.example.com").sign();
    }

    public static String withoutOrganisation(String role) {
        return Jwt.issuer(ISSUER).audience(audience()).subject(UUID.randomUUID().toString())
                .claim("realm_access", Map.of("roles", List.of(role))).expiresIn(300).sign();
    }

    public static String newOrganisation() {
        return "org-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String partnerWithoutAgency(String org) {
        return Jwt.issuer(ISSUER).audience(audience()).subject(UUID.randomUUID().toString()).claim("org", org)
                .claim("realm_access", Map.of("roles", List.of("partner"))).expiresIn(300).sign();
    }

    /** A partner agency's staff member (or client) of the agency given. */
    public static String partner(String org, String agency) {
        return Jwt.issuer(ISSUER).audience(audience()).subject(UUID.randomUUID().toString()).claim("org", org)
                .claim("agency", agency).claim("realm_access", Map.of("roles", List.of("partner"))).expiresIn(300)
                .sign();
    }

    /** The audience the service under test expects. */
    public static String audience() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.token.audience", String.class);
    }

    private static JwtClaimsBuilder claims(String role, String org) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(audience())
                .subject(UUID.randomUUID().toString())
                .claim("org", org)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .expiresIn(300);
        return "partner".equals(role) ? claims.claim("agency", "kela-test-office") : claims;
    }
}
