package fi.vertaistyo.training.peer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** This service's copies of the participant events must read exactly what the schemas promise. */
class ParticipantEventsContractTest {

    static final Path EVENTS = Path.of("..", "docs", "events");
    final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "participant.registered.v1, fi.vertaistyo.training.peer.ParticipantRegistered",
            "participant.display-name-changed.v1, fi.vertaistyo.training.peer.ParticipantChanges$DisplayNameChanged",
            "participant.status-changed.v1, fi.vertaistyo.training.peer.ParticipantChanges$StatusChanged",
            "participant.account-changed.v1, fi.vertaistyo.training.peer.ParticipantChanges$AccountChanged"})
    void exampleIsValidAndReadsIntoOurRecordWithNothingLeftOver(String event, Class<? extends Record> ours)
            throws Exception {
        JsonNode example = json.readTree(EVENTS.resolve("examples/" + event + ".json").toFile());
        JsonNode schema = json.readTree(EVENTS.resolve("schemas/" + event + ".json").toFile());
        try (InputStream in = Files.newInputStream(EVENTS.resolve("schemas/" + event + ".json"))) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in).validate(example))
                    .isEmpty();
        }
        Object data = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .treeToValue(example.path("data"), ours);
        assertThat(data).hasNoNullFieldsOrProperties();

        Set<String> schemaFields = new TreeSet<>();
        schema.path("properties").path("data").path("properties").fieldNames().forEachRemaining(schemaFields::add);
        Set<String> fields = new TreeSet<>();
        Arrays.stream(ours.getRecordComponents()).forEach(c -> fields.add(c.getName()));
        assertThat(fields).isEqualTo(schemaFields);
        assertThat(ours.getField("TYPE").get(null))
                .isEqualTo(schema.path("properties").path("type").path("const").asText());
    }

    JsonNode read(Path file) throws IOException {
        return json.readTree(file.toFile());
    }
}
