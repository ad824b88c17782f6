package fi.vertaistyo.payout.attendance;

import fi.vertaistyo.kit.testing.TestSchemas;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** payout-service's copy of attendance.v1 reads exactly what the schema promises. */
class AttendanceEventsContractTest {

    static final String EVENT = "attendance.confirmed.v1";
    final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void exampleIsValidAndReadsIntoOurRecordWithNothingLeftOver() throws Exception {
        JsonNode example = TestSchemas.example(EVENT);
        assertThat(TestSchemas.validate(EVENT, example)).isEmpty();
        AttendanceConfirmed data = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .treeToValue(example.path("data"), AttendanceConfirmed.class);
        assertThat(data).hasNoNullFieldsOrPropertiesExcept("corrects");
        assertThat(data.minutes()).isEqualTo(example.path("data").path("minutes").asInt());

        Set<String> schemaFields = TestSchemas.dataFields(EVENT);
        Set<String> fields = new TreeSet<>();
        Arrays.stream(AttendanceConfirmed.class.getRecordComponents()).forEach(c -> fields.add(c.getName()));
        assertThat(fields).isEqualTo(schemaFields);
        assertThat(AttendanceConfirmed.TYPE).isEqualTo(TestSchemas.typeOf(EVENT));
    }
}
