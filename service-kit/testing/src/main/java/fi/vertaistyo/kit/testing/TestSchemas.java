package fi.vertaistyo.kit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * docs/events: the JSON Schemas and examples of every event, for checking what a service really
 * published and that its own copies of the records it reads match the contract.
 */
public final class TestSchemas {

    static final Path EVENTS = Path.of("..", "docs", "events");
    static final Path SCHEMAS = EVENTS.resolve("schemas");
    static final ObjectMapper JSON = new ObjectMapper();

    private TestSchemas() {
    }

    public static Set<ValidationMessage> validate(String event, JsonNode document) {
        try (InputStream in = Files.newInputStream(SCHEMAS.resolve(event + ".json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in).validate(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example of the event in docs/events/examples. */
    public static JsonNode example(String event) {
        return read(EVENTS.resolve("examples").resolve(event + ".json"));
    }

    /** The CloudEvents {@code type} the schema requires (its {@code const}). */
    public static String typeOf(String event) {
        return read(SCHEMAS.resolve(event + ".json")).path("properties").path("type").path("const").asText();
    }

    /** The field names the schema allows in {@code data}. */
    public static Set<String> dataFields(String event) {
        try {
            Set<String> fields = new TreeSet<>();
            JSON.readTree(SCHEMAS.resolve(event + ".json").toFile()).path("properties").path("data").path("properties")
                    .fieldNames().forEachRemaining(fields::add);
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Set<String> fieldsOf(JsonNode node) {
        Set<String> fields = new TreeSet<>();
        node.fieldNames().forEachRemaining(fields::add);
        return fields;
    }
}
