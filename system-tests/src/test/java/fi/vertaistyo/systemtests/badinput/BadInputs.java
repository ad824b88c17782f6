package fi.vertaistyo.systemtests.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The bad requests for one operation: each differs from a plausible valid request in one place. */
final class BadInputs {

    /** One request: the path and query already encoded; a null body sends none. */
    record Attempt(String what, String path, String query, String contentType, String body, boolean mustRefuse) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LONG_TEXT = "a".repeat(5_000);

    private final OpenApi.Operation op;
    private final Samples samples;
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private final Map<String, String> queryValues = new LinkedHashMap<>();
    private final JsonNode validBody;

    BadInputs(OpenApi.Operation op, Samples samples) {
        this.op = op;
        this.samples = samples;
        for (OpenApi.Parameter p : op.parameters()) {
            String value = samples.parameter(op.document(), p, resourceOf(op.path(), p.name()));
            if (p.in().equals("path")) {
                pathValues.put(p.name(), value);
            } else if (p.in().equals("query")) {
                queryValues.put(p.name(), value);
            }
        }
        validBody = op.body() == null ? null
                : samples.value(op.document(), "body", op.body(), lastResource(op.path()), 0);
    }

    /** The plausible valid request (used to create the entities later operations refer to). */
    Attempt valid() {
        return attempt("valid request", pathValues, queryValues, body(), false);
    }

    List<Attempt> all() {
        List<Attempt> attempts = new ArrayList<>();
        pathCases(attempts);
        queryCases(attempts);
        if (validBody != null) {
            bodyCases(attempts);
        }
        return attempts;
    }

    private void pathCases(List<Attempt> attempts) {
        for (String name : pathValues.keySet()) {
            for (String bad : List.of("not-an-id", UUID.randomUUID().toString(), "%00", "a%0Ab", "%C3%28",
                    "+999999999-01", "-0001-01", "2026-13", "99999999999999999999", "a".repeat(300))) {
                Map<String, String> values = new LinkedHashMap<>(pathValues);
                values.put(name, bad);
                // A public look-up (the diploma verification) answers "not valid" for anything it does not know.
                attempts.add(attempt("path {" + name + "} = " + shortly(bad), values, queryValues, body(),
                        !op.roles().isEmpty()));
            }
        }
        Map<String, String> huge = new LinkedHashMap<>(pathValues);
        if (!huge.isEmpty()) {
            huge.replaceAll((k, v) -> "a".repeat(10_000));
            attempts.add(attempt("request line over 10 KB", huge, queryValues, body(), true));
        }
    }

    private void queryCases(List<Attempt> attempts) {
        for (OpenApi.Parameter p : op.parameters()) {
            if (!p.in().equals("query")) {
                continue;
            }
            JsonNode schema = op.document().resolve(p.schema());
            boolean freeText = schema.path("type").asText().equals("string") && !schema.has("enum")
                    && schema.path("format").asText().isEmpty() && !queryValues.get(p.name()).matches("[0-9-]+");
            boolean integer = schema.path("type").asText().equals("integer");
            for (String bad : List.of("abc", "FOO", "%00", "a%01b", "-1", "1.5", "2147483647", "99999999999999999999",
                    "+999999999-01-01", "-0001-01-01", "2026-02-30", "")) {
                Map<String, String> values = new LinkedHashMap<>(queryValues);
                values.put(p.name(), bad);
                // A huge page number may answer an empty page, free text may be any words, and an empty value is absent.
                boolean mustRefuse = bad.contains("%0") || (!bad.isEmpty() && !freeText
                        && !(integer && bad.equals("2147483647")));
                attempts.add(attempt("query " + p.name() + "=" + bad, pathValues, values, body(), mustRefuse));
            }
        }
    }

    private void bodyCases(List<Attempt> attempts) {
        boolean anyRequired = op.document().resolve(op.body()).path("required").size() > 0;
        attempts.add(new Attempt("no body", path(pathValues), query(queryValues), null, null, true));
        for (String raw : List.of("", "{\"a\":", "[]", "null", "\"text\"", "{\"a\":1}}", "\u0000")) {
            attempts.add(attempt("body " + shortly(raw), pathValues, queryValues, raw, true));
        }
        attempts.add(attempt("body {}", pathValues, queryValues, "{}", anyRequired));
        attempts.add(new Attempt("body as text/plain", path(pathValues), query(queryValues), "text/plain", validBody.toString(), true));
        String valid = validBody.toString();
        attempts.add(attempt("body of 20 KB (valid JSON padded with spaces)", pathValues, queryValues,
                valid + " ".repeat(20_000), false));
        attempts.add(attempt("body of 2 MB", pathValues, queryValues, valid + " ".repeat(2_000_000), true));
        if (validBody.isObject()) {
            fieldCases(validBody, op.body(), "", attempts, 0);
        }
    }

    /** Every field of the valid body replaced, one at a time, by bad values of its kind. */
    private void fieldCases(JsonNode node, JsonNode rawSchema, String prefix, List<Attempt> attempts, int depth) {
        JsonNode schema = op.document().resolve(rawSchema);
        schema.path("properties").fields().forEachRemaining(property -> {
            String field = prefix + property.getKey();
            JsonNode fieldSchema = op.document().resolve(property.getValue());
            boolean required = false;
            for (JsonNode r : schema.path("required")) {
                required |= r.asText().equals(property.getKey());
            }
            for (Map.Entry<String, Bad> bad : badValues(fieldSchema, node.get(property.getKey()), required).entrySet()) {
                ObjectNode body = validBody.deepCopy();
                ObjectNode target = (ObjectNode) locate(body, prefix);
                if (bad.getValue().value() == null) {
                    target.remove(property.getKey());
                } else {
                    target.set(property.getKey(), bad.getValue().value());
                }
                attempts.add(attempt(field + " = " + bad.getKey(), pathValues, queryValues, body.toString(),
                        bad.getValue().mustRefuse()));
            }
            JsonNode value = node.get(property.getKey());
            if (depth < 2 && value != null && value.isObject()) {
                fieldCases(value, fieldSchema, field + ".", attempts, depth + 1);
            }
            if (depth < 2 && value != null && value.isArray() && value.size() > 0 && value.get(0).isObject()) {
                fieldCases(value.get(0), fieldSchema.path("items"), field + "[0].", attempts, depth + 1);
            }
        });
    }

    private static JsonNode locate(JsonNode body, String prefix) {
        JsonNode current = body;
        if (prefix.isEmpty()) {
            return current;
        }
        for (String step : prefix.substring(0, prefix.length() - 1).split("\\.")) {
            if (step.endsWith("[0]")) {
                current = current.get(step.substring(0, step.length() - 3)).get(0);
            } else {
                current = current.get(step);
            }
        }
        return current;
    }

    private Map<String, Bad> badValues(JsonNode schema, JsonNode valid, boolean required) {
        Map<String, Bad> bad = new LinkedHashMap<>();
        bad.put("missing", new Bad(null, required));
        bad.put("null", new Bad(NODES.nullNode(), required));
        String type = schema.path("type").asText("object");
        String format = schema.path("format").asText("");
        if (schema.has("enum")) {
            bad.put("\"NOT_A_VALUE\"", new Bad(NODES.textNode("NOT_A_VALUE"), true));
            bad.put("0 (an ordinal)", new Bad(NODES.numberNode(0), true));
            bad.put("\"\"", new Bad(NODES.textNode(""), true));
            return bad;
        }
        switch (type) {
            case "string" -> {
                bad.put("12345 (a number)", new Bad(NODES.numberNode(12345), true));
                bad.put("true", new Bad(NODES.booleanNode(true), true));
                bad.put("\"\"", new Bad(NODES.textNode(""), required));
                bad.put("\"   \"", new Bad(NODES.textNode("   "), required));
                switch (format) {
                    case "date" -> {
                        bad.put("20260101 (a number)", new Bad(NODES.numberNode(20260101), true));
                        for (String d : List.of("2026-02-30", "+999999999-01-01", "-0001-01-01", "0001-01-01", "9999-12-31", "1.1.2026")) {
                            bad.put(d, new Bad(NODES.textNode(d), true));
                        }
                    }
                    case "date-time" -> {
                        bad.put("1700000000 (a number)", new Bad(NODES.numberNode(1_700_000_000L), true));
                        bad.put("2026-13-01T00:00:00Z", new Bad(NODES.textNode("2026-13-01T00:00:00Z"), true));
                        bad.put("+999999999-01-01T00:00:00Z", new Bad(NODES.textNode("+999999999-01-01T00:00:00Z"), true));
                    }
                    case "local-time" -> {
                        bad.put("25:00", new Bad(NODES.textNode("25:00"), true));
                        bad.put("930 (a number)", new Bad(NODES.numberNode(930), true));
                    }
                    case "uuid" -> {
                        bad.put("not-an-id", new Bad(NODES.textNode("not-an-id"), true));
                        bad.put("an unknown id", new Bad(NODES.textNode(UUID.randomUUID().toString()), false));
                    }
                    default -> {
                        bad.put("NUL inside", new Bad(NODES.textNode("Te\u0000sti"), true));
                        bad.put("a control character", new Bad(NODES.textNode("Te\u0007sti"), true));
                        bad.put("ESC inside", new Bad(NODES.textNode("Te\u001bsti"), true));
                        bad.put("CR LF inside", new Bad(NODES.textNode("Te\r\nsti"), false));
                        bad.put("5,000 characters", new Bad(NODES.textNode(LONG_TEXT), false));
                        bad.put("\"+999999999-01\"", new Bad(NODES.textNode("+999999999-01"), false));
                        bad.put("\"-0001-01\"", new Bad(NODES.textNode("-0001-01"), false));
                    }
                }
            }
            case "integer" -> {
                bad.put("1.5", new Bad(NODES.numberNode(1.5), true));
                bad.put("-1", new Bad(NODES.numberNode(-1), false));
                bad.put("2147483648", new Bad(NODES.numberNode(2_147_483_648L), !format.equals("int64")));
                bad.put("a 20-digit number", new Bad(NODES.numberNode(new java.math.BigInteger("99999999999999999999")), true));
                bad.put("\"12\" (a string)", new Bad(NODES.textNode("12"), true));
                bad.put("\"abc\"", new Bad(NODES.textNode("abc"), true));
                bad.put("true", new Bad(NODES.booleanNode(true), true));
            }
            case "number" -> {
                bad.put("\"abc\"", new Bad(NODES.textNode("abc"), true));
                bad.put("1e400", new Bad(NODES.numberNode(new java.math.BigDecimal("1e400")), true));
            }
            case "boolean" -> {
                bad.put("\"yes\"", new Bad(NODES.textNode("yes"), true));
                bad.put("1", new Bad(NODES.numberNode(1), true));
            }
            case "array" -> {
                bad.put("{} (an object)", new Bad(NODES.objectNode(), true));
                bad.put("\"x\" (a string)", new Bad(NODES.textNode("x"), true));
                bad.put("[null]", new Bad(NODES.arrayNode().addNull(), true));
                if (valid != null && valid.isArray() && valid.size() > 0) {
                    ArrayNode twice = NODES.arrayNode().add(valid.get(0)).add(valid.get(0));
                    bad.put("the same item twice", new Bad(twice, schema.path("uniqueItems").asBoolean(false)));
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i < 2_000; i++) {
                        many.add(valid.get(0));
                    }
                    bad.put("2,000 items", new Bad(many, false));
                }
            }
            default -> {
                bad.put("\"x\" (a string)", new Bad(NODES.textNode("x"), true));
                bad.put("[] (an array)", new Bad(NODES.arrayNode(), true));
            }
        }
        return bad;
    }

    /** A bad value; {@code mustRefuse} false where the schema alone cannot say it is wrong (a long text, an unknown id). */
    private record Bad(JsonNode value, boolean mustRefuse) {
    }

    private String body() {
        return validBody == null ? null : validBody.toString();
    }

    private Attempt attempt(String what, Map<String, String> path, Map<String, String> query, String body, boolean mustRefuse) {
        return new Attempt(what, path(path), query(query), body == null ? null : "application/json", body, mustRefuse);
    }

    private String path(Map<String, String> values) {
        String path = op.path();
        for (Map.Entry<String, String> e : values.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", e.getValue());
        }
        return path;
    }

    private static String query(Map<String, String> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((k, v) -> parts.add(k + "=" + (v.contains("%") ? v : URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return String.join("&", parts);
    }

    private static String shortly(String s) {
        String shown = s.replace("\u0000", "\\u0000");
        return shown.length() > 24 ? shown.substring(0, 10) + "… (" + s.length() + " characters)" : "\"" + shown + "\"";
    }

    /** The literal path segment before {name}: "participants" for /api/participants/{id}. */
    static String resourceOf(String template, String name) {
        String[] segments = template.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + name + "}") || segments[i].startsWith("{" + name + "}")) {
                return segments[i - 1];
            }
        }
        return "";
    }

    /** The last literal segment: where a created thing's id belongs ("agreements"). */
    static String lastResource(String template) {
        String[] segments = template.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].startsWith("{") && !segments[i].isEmpty()) {
                return segments[i];
            }
        }
        return "";
    }
}
