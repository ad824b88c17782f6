package fi.vertaistyo.training.peer;

import fi.vertaistyo.kit.testing.TestSchemas;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** This service's copies of the participant events must read exactly what the schemas promise. */
class ParticipantEventsContractTest {

    final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "participant.registered.v2, fi.vertaistyo.training.peer.ParticipantRegistered",
            "participant.identity.v1, fi.vertaistyo.training.peer.ParticipantChanges$Identity",
            "participant.erased.v1, fi.vertaistyo.training.peer.ParticipantChanges$Erased",
            "participant.status-changed.v1, fi.vertaistyo.training.peer.ParticipantChanges$StatusChanged"})
    void exampleIsValidAndReadsIntoOurRecordWithNothingLeftOver(String event, Class<? extends Record> ours)
            throws Exception {
        JsonNode example = TestSchemas.example(event);
        assertThat(TestSchemas.validate(event, example)).isEmpty();
        Object data = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .treeToValue(example.path("data"), ours);
        assertThat(data).hasNoNullFieldsOrProperties();

        Set<String> schemaFields = TestSchemas.dataFields(event);
        Set<String> fields = new TreeSet<>();
        Arrays.stream(ours.getRecordComponents()).forEach(c -> fields.add(c.getName()));
        assertThat(fields).isEqualTo(schemaFields);
        assertThat(ours.getField("TYPE").get(null))
                .isEqualTo(TestSchemas.typeOf(event));
    }

}
