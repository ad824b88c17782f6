package fi.vertaistyo.payout.peer;

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
import org.junit.jupiter.api.Test;

/** payout-service's copy of the participant events must read what the schema promises. */
class ParticipantEventsContractTest {

    static final Path EVENTS = Path.of("..", "docs", "events");
    final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void exampleIsValidAndReadsIntoOurRecordWithNothingLeftOver() throws IOException {
        JsonNode example = read(EVENTS.resolve("examples/participant.registered.v1.json"));
        JsonNode schema = read(EVENTS.resolve("schemas/participant.registered.v1.json"));
        try (InputStream in = Files.newInputStream(EVENTS.resolve("schemas/participant.registered.v1.json"))) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in).validate(example))
                    .isEmpty();
        }

        ParticipantRegistered data = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .treeToValue(example.path("data"), ParticipantRegistered.class);
        assertThat(data.participantId()).hasToString(example.path("data").path("participantId").asText());

        Set<String> schemaFields = new TreeSet<>();
        schema.path("properties").path("data").path("properties").fieldNames().forEachRemaining(schemaFields::add);
        Set<String> ours = new TreeSet<>();
        Arrays.stream(ParticipantRegistered.class.getRecordComponents()).forEach(c -> ours.add(c.getName()));
        assertThat(ours).isEqualTo(schemaFields);
        assertThat(ParticipantRegistered.TYPE).isEqualTo(schema.path("properties").path("type").path("const").asText());
    }

    JsonNode read(Path file) throws IOException {
        return json.readTree(file.toFile());
    }
}
