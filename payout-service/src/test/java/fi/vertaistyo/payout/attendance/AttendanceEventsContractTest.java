package fi.vertaistyo.payout.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** payout-service's copy of attendance.v1 reads exactly what the schema promises. */
class AttendanceEventsContractTest {

    static final Path EVENTS = Path.of("..", "docs", "events");
    static final String EVENT = "attendance.confirmed.v1";
    final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void exampleIsValidAndReadsIntoOurRecordWithNothingLeftOver() throws Exception {
        JsonNode example = json.readTree(EVENTS.resolve("examples/" + EVENT + ".json").toFile());
        JsonNode schema = json.readTree(EVENTS.resolve("schemas/" + EVENT + ".json").toFile());
        try (InputStream in = Files.newInputStream(EVENTS.resolve("schemas/" + EVENT + ".json"))) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in).validate(example))
                    .isEmpty();
        }
        AttendanceConfirmed data = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .treeToValue(example.path("data"), AttendanceConfirmed.class);
        assertThat(data).hasNoNullFieldsOrPropertiesExcept("corrects");
        assertThat(data.minutes()).isEqualTo(example.path("data").path("minutes").asInt());

        Set<String> schemaFields = new TreeSet<>();
        schema.path("properties").path("data").path("properties").fieldNames().forEachRemaining(schemaFields::add);
        Set<String> fields = new TreeSet<>();
        Arrays.stream(AttendanceConfirmed.class.getRecordComponents()).forEach(c -> fields.add(c.getName()));
        assertThat(fields).isEqualTo(schemaFields);
        assertThat(AttendanceConfirmed.TYPE).isEqualTo(schema.path("properties").path("type").path("const").asText());
    }
}
