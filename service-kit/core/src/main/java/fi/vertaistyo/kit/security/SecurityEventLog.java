package fi.vertaistyo.kit.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import io.quarkus.security.spi.runtime.SecurityEvent;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Failed authentications and authorizations (ASVS 16.3.1–16.3.2): logged with who, what and where,
 * and counted in {@code vertaistyo_security_failures_total} so operations can alert on a surge.
 * Only the method and path are logged — never the query string, token or body, which may carry
 * personal data — and control characters are replaced so a request cannot forge log lines (16.4.1).
 */
@ApplicationScoped
public class SecurityEventLog {

    private static final Logger LOG = Logger.getLogger("vertaistyo.security");
    private static final int MAX_PATH = 200;

    private final MeterRegistry metrics;

    SecurityEventLog(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    void authenticationFailed(@Observes AuthenticationFailureEvent event) {
        metrics.counter("vertaistyo.security.failures", "kind", "authentication").increment();
        LOG.warnf("authentication failed: %s %s by %s (%s)", method(event), path(event), who(event.getSecurityIdentity()),
                event.getAuthenticationFailure() == null ? "-" : event.getAuthenticationFailure().getClass().getSimpleName());
    }

    void authorizationFailed(@Observes AuthorizationFailureEvent event) {
        metrics.counter("vertaistyo.security.failures", "kind", "authorization").increment();
        LOG.warnf("authorization failed: %s %s by %s with roles %s", method(event), path(event),
                who(event.getSecurityIdentity()),
                event.getSecurityIdentity() == null ? "[]" : event.getSecurityIdentity().getRoles());
    }

    private static String who(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return "anonymous";
        }
        return identity.getPrincipal() instanceof JsonWebToken token
                ? safe(token.getIssuer() + "#" + token.getSubject()) : safe(identity.getPrincipal().getName());
    }

    private static String method(SecurityEvent event) {
        RoutingContext rc = routingContext(event);
        return rc == null ? "-" : rc.request().method().name();
    }

    private static String path(SecurityEvent event) {
        RoutingContext rc = routingContext(event);
        return rc == null ? "-" : safe(rc.normalizedPath());
    }

    private static RoutingContext routingContext(SecurityEvent event) {
        if (event.getEventProperties() == null) {
            return null;
        }
        return event.getEventProperties().values().stream()
                .filter(RoutingContext.class::isInstance).map(RoutingContext.class::cast).findFirst().orElse(null);
    }

    /** A value as it may go into a log line: control characters replaced, length bounded. */
    public static String safe(String value) {
        if (value == null) {
            return "-";
        }
        String cleaned = value.replaceAll("\\p{Cntrl}", "_");
        return cleaned.length() > MAX_PATH ? cleaned.substring(0, MAX_PATH) + "…" : cleaned;
    }
}
