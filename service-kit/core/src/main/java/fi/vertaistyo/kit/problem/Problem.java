package fi.vertaistyo.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** RFC 9457 problem details. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String reason, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record Violation(String field, String message) {
    }

    static Response response(int status, String title, String detail, List<Violation> violations) {
        return response(status, title, detail, null, violations);
    }

    /** {@code reason}: a stable, machine-readable code for a refused business rule (an RFC 9457 extension member). */
    static Response response(int status, String title, String detail, String reason, List<Violation> violations) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(new Problem("about:blank", title, status, detail, reason, violations))
                .build();
    }
}
