package fi.vertaistyo.kit.problem;

import fi.vertaistyo.kit.json.Texts;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A control character (NUL, ESC, a line break …) in the path or a query parameter is never meant:
 * refused before any resource sees it, so none reaches a database that cannot store it or a log.
 */
@Provider
@PreMatching
public class CleanParameters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        String path = uri.getPath();
        if (!Texts.isClean(path) || path.contains("\n") || path.contains("\r") || path.contains("\t")) {
            request.abortWith(Problem.response(400, "Invalid request", "The address contains a control character.", null));
            return;
        }
        for (var parameter : uri.getQueryParameters(true).entrySet()) {
            for (String value : parameter.getValue()) {
                if (!Texts.isClean(value)) {
                    request.abortWith(Problem.response(400, "Invalid request",
                            "The parameter '" + safe(parameter.getKey()) + "' contains a control character.",
                            List.of(new Problem.Violation(safe(parameter.getKey()), "contains a control character"))));
                    return;
                }
            }
        }
    }

    private static String safe(String name) {
        return name.length() <= 40 && name.matches("[A-Za-z0-9_.-]*") ? name : "?";
    }
}
