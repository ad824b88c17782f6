package fi.vertaistyo.training;

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

/** docs/events/schemas, for checking what this service really published. */
public final class TestSchemas {

    static final Path SCHEMAS = Path.of("..", "docs", "events", "schemas");
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
