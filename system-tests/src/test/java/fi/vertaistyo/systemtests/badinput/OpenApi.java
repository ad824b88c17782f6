package fi.vertaistyo.systemtests.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A service's OpenAPI document, as the service itself serves it at /q/openapi. */
final class OpenApi {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    /** One operation; {@code roles} empty means public (no bearer token needed). */
    record Operation(String service, String method, String path, List<String> roles, List<Parameter> parameters,
            JsonNode body, OpenApi document) {

        boolean writes() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final JsonNode root;
    private final String service;

    private OpenApi(String service, JsonNode root) {
        this.service = service;
        this.root = root;
    }

    static OpenApi fetch(String service, String baseUrl) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(service + " serves no OpenAPI document: " + answer.statusCode());
        }
        return new OpenApi(service, JSON.readTree(answer.body()));
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                            resolve(p.path("schema")), p.path("required").asBoolean(false)));
                }
                List<String> roles = new ArrayList<>();
                for (JsonNode requirement : op.path("security")) {
                    requirement.fields().forEachRemaining(e -> e.getValue().forEach(r -> roles.add(r.asText())));
                }
                JsonNode body = op.path("requestBody").path("content").path("application/json").path("schema");
                operations.add(new Operation(service, method.toUpperCase(), path.getKey(), roles, parameters,
                        body.isMissingNode() ? null : resolve(body), this));
            }
        }
        return operations;
    }

    /** The schema with its {@code $ref} and single {@code allOf} followed (properties stay unresolved). */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10; depth++) {
            if (current.has("$ref")) {
                String name = current.get("$ref").asText().replace("#/components/schemas/", "");
                current = root.path("components").path("schemas").path(name);
            } else if (current.has("allOf") && current.get("allOf").size() == 1) {
                ObjectNode merged = ((ObjectNode) current).deepCopy();
                merged.remove("allOf");
                JsonNode inner = resolve(current.get("allOf").get(0));
                inner.fields().forEachRemaining(e -> {
                    if (!merged.has(e.getKey())) {
                        merged.set(e.getKey(), e.getValue());
                    }
                });
                current = merged;
            } else {
                return current;
            }
        }
        return current;
    }
}
