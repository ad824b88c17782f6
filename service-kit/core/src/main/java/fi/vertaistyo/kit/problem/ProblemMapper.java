package fi.vertaistyo.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves the service as RFC 9457 problem+json. Messages are generic: no class names,
 * no stack traces, no input values echoed back (they may be personal data).
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return Problem.response(400, "Invalid request", "The request has fields that are missing or not valid.", violations);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unparseable(StreamReadException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        List<Problem.Violation> violations = null;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            violations = List.of(new Problem.Violation(JsonFields.path(mapping), JsonFields.expected(mapping)));
        }
        return Problem.response(400, "Malformed request body", "The body is not valid JSON of the expected shape.", violations);
    }

    @ServerExceptionMapper
    public Response domain(ProblemException e) {
        return Problem.response(e.status(), e.title(), e.detail(), e.reason(), null);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return Problem.response(401, "Unauthorized", "A valid bearer token is required.", null);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return Problem.response(401, "Unauthorized", "A valid bearer token is required.", null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.response(403, "Forbidden", "Your role does not allow this operation.", null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getResponse().getEntity() instanceof Problem) {
            return e.getResponse();
        }
        if (status >= 500) {
            return unexpected(e);
        }
        Throwable cause = e.getCause();
        if (status == 400 && cause instanceof JsonProcessingException) {
            return unreadable((JsonProcessingException) cause);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Request refused";
        return Problem.response(status, title, null, null);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error, incident %s", incident);
        return Problem.response(500, "Internal error", "Something went wrong on our side. Incident " + incident + ".", null);
    }

    private static String fieldOf(String path) {
        // "register.request.displayName" -> "displayName"; the method and parameter names are noise.
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : path;
    }
}
