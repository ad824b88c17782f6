package fi.vertaistyo.scheduling.deskduty;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vertaistyo.kit.testing.TestSchemas;
import fi.vertaistyo.scheduling.attendance.AttendanceConfirmed;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The records this service publishes have exactly the fields of their schemas: adding a field to
 * what partner offices or payouts receive fails here until the schema (a reviewed contract) says so.
 */
class PublishedEventFieldsTest {

    static Set<String> components(Class<? extends Record> type) {
        Set<String> names = new TreeSet<>();
        Arrays.stream(type.getRecordComponents()).forEach(c -> names.add(c.getName()));
        return names;
    }

    @Test
    void deskDutyHasExactlyThePartnerFields() {
        assertThat(components(DeskDuty.class))
                .containsExactlyInAnyOrder("dutyId", "deskId", "location", "date", "start", "end", "displayName", "status")
                .isEqualTo(TestSchemas.dataFields("desk-duty.v1"));
    }

    @Test
    void attendanceHasExactlyTheFieldsPayoutsNeed() {
        assertThat(components(AttendanceConfirmed.class)).isEqualTo(TestSchemas.dataFields("attendance.confirmed.v1"))
                .doesNotContain("reason", "notice", "absence");
    }

    @Test
    void theAsyncApiDocumentForPartnerOfficesParsesAndEveryMessageSchemaExists() throws Exception {
        java.nio.file.Path events = java.nio.file.Path.of("..", "docs", "events");
        com.fasterxml.jackson.databind.JsonNode api = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(events.resolve("asyncapi.yaml").toFile());
        assertThat(api.at("/channels/deskDuty/address").asText()).isEqualTo("desk-duty.v1.{organisation}.{agency}");
        assertThat(api.at("/channels/deskDuty/parameters").has("agency")).isTrue();
        assertThat(api.at("/operations/partnerOfficesReceiveDeskDuty/action").asText()).isEqualTo("receive");
        api.at("/components/messages").forEach(message -> {
            String ref = message.at("/payload/schema/$ref").asText();
            assertThat(events.resolve(ref)).as(ref).exists();
        });
    }
}
