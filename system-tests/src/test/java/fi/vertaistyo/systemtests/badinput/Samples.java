package fi.vertaistyo.systemtests.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Plausible valid values for a schema, so that each bad input differs from an acceptable request in
 * one place only. Ids come from what the run has seen in earlier answers (by resource), else a random one.
 */
final class Samples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Helsinki"));

    /** One code for every code field of a run, so a session's module is one of its programme's. */
    private static final String CODE = "testaus-" + (System.currentTimeMillis() / 1000 % 1_000_000);

    /** Ids seen in answers, by service and the last word of the resource path ("participant:programmes"). */
    private final Map<String, List<String>> ids = new LinkedHashMap<>();
    private String service = "";

    /** The service whose operations are being built: its own ids are preferred (both have "programmes"). */
    void forService(String service) {
        this.service = service;
    }

    void remember(String resource, String id) {
        List<String> known = ids.computeIfAbsent(service + ":" + resource, r -> new ArrayList<>());
        if (!known.contains(id) && known.size() < 20) {
            known.add(id);
        }
    }

    /** A known id for a path parameter or an id field ("participantId", "{id}" under "/participants"). */
    String idFor(String name, String resource) {
        String wanted = name.equals("id") ? resource : name.replaceAll("Ids?$", "").toLowerCase(Locale.ROOT);
        for (boolean own : new boolean[] {true, false}) {
            for (Map.Entry<String, List<String>> e : ids.entrySet()) {
                String from = e.getKey().substring(0, e.getKey().indexOf(':'));
                String key = e.getKey().substring(from.length() + 1).toLowerCase(Locale.ROOT);
                if (from.equals(service) == own && !e.getValue().isEmpty()
                        && (key.equals(wanted) || key.startsWith(wanted) || wanted.startsWith(key))) {
                    return e.getValue().get(e.getValue().size() - 1);
                }
            }
        }
        return UUID.randomUUID().toString();
    }

    JsonNode value(OpenApi doc, String name, JsonNode rawSchema, String resource, int depth) {
        JsonNode schema = doc.resolve(rawSchema);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText("object");
        String format = schema.path("format").asText("");
        switch (type) {
            case "string":
                return NODES.textNode(text(name, schema, format, resource));
            case "integer":
                long min = schema.path("minimum").asLong(1);
                return NODES.numberNode(Math.max(min, Math.min(1, schema.path("maximum").asLong(1))));
            case "number":
                return NODES.numberNode(1);
            case "boolean":
                return NODES.booleanNode(true);
            case "array": {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(value(doc, singular(name), schema.path("items"), resource, depth + 1));
                }
                return array;
            }
            default: {
                ObjectNode object = NODES.objectNode();
                if (schema.has("additionalProperties") && !schema.has("properties")) {
                    return object;
                }
                if (depth < 4) {
                    schema.path("properties").fields().forEachRemaining(p ->
                            object.set(p.getKey(), value(doc, p.getKey(), p.getValue(), resource, depth + 1)));
                }
                return object;
            }
        }
    }

    private String text(String name, JsonNode schema, String format, String resource) {
        String pattern = schema.path("pattern").asText("");
        String lower = name.toLowerCase(Locale.ROOT);
        if (format.equals("uuid")) {
            return idFor(name, resource);
        }
        boolean ending = lower.contains("end") || lower.endsWith("to") || lower.contains("until");
        if (format.equals("date")) {
            if (lower.endsWith("on") && !lower.contains("paid")) {
                return TODAY.toString(); // recordedOn, signedOn: a day that has come
            }
            return TODAY.plusDays(lower.contains("paid") ? 40 : ending ? 20 : 7).toString();
        }
        if (format.equals("date-time")) {
            return TODAY.plusDays(7).atTime(ending ? 12 : 10, 0).atZone(ZoneId.of("Europe/Helsinki")).toOffsetDateTime()
                    .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        if (format.equals("local-time")) {
            return lower.contains("end") ? "12:00" : "09:00";
        }
        if (pattern.contains("[0-9]{4}-[0-9]{2}") || pattern.contains("\\d{4}-\\d{2}") || lower.equals("month")) {
            return YearMonth.from(TODAY).toString();
        }
        if (pattern.matches("[a-z|]+")) {
            return pattern.split("\\|")[0];
        }
        if (pattern.startsWith("[a-z0-9]")) {
            return CODE;
        }
        if (pattern.startsWith("https://")) {
            return "https://meet.example.invalid/testaus";
        }
        if (lower.contains("phone")) {
            return "+358 40 1234567";
        }
        if (lower.contains("email")) {
            return "testaus@example.invalid";
        }
        return "Testaus";
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    /** A valid value of a path or query parameter. */
    String parameter(OpenApi doc, OpenApi.Parameter p, String resource) {
        JsonNode schema = doc.resolve(p.schema());
        String lower = p.name().toLowerCase(Locale.ROOT);
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        if (schema.path("type").asText().equals("integer")) {
            return lower.equals("page") ? "0" : "10";
        }
        if (lower.equals("id") || lower.endsWith("id") || schema.path("format").asText().equals("uuid")) {
            return idFor(p.name(), resource);
        }
        if (lower.equals("month") || lower.endsWith("month")) {
            return YearMonth.from(TODAY).toString();
        }
        if (lower.equals("from") || lower.equals("date") || lower.endsWith("date") || lower.equals("day")) {
            return TODAY.toString();
        }
        if (lower.equals("to") || lower.equals("until")) {
            return TODAY.plusDays(14).toString();
        }
        if (lower.equals("year")) {
            return String.valueOf(TODAY.getYear());
        }
        return "testaus";
    }
}
