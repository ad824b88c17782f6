package fi.vertaistyo.kit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    enum Purpose { FOLLOW_UP, REMINDERS }

    record Request(Purpose purpose, Integer count, String name, LocalDate startsOn, YearMonth month,
            Instant at, Set<DayOfWeek> weekdays, boolean noNotice) {
    }

    private final ObjectMapper json = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    private Request read(String body) throws JsonProcessingException {
        return json.readValue(body, Request.class);
    }

    @Test
    void whatTheSchemaSaysIsRead() throws Exception {
        Request r = read("""
                {"purpose":"REMINDERS","count":3,"name":"Pete\\tP.\\nline two","startsOn":"2026-12-02","month":"2026-12",
                 "at":"2026-12-02T08:30:00+02:00","weekdays":["MONDAY","FRIDAY"]}""");
        assertThat(r.purpose()).isEqualTo(Purpose.REMINDERS);
        assertThat(r.count()).isEqualTo(3);
        assertThat(r.name()).contains("\t").contains("\n");
        assertThat(r.at()).isEqualTo(Instant.parse("2026-12-02T06:30:00Z"));
        assertThat(r.weekdays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        assertThat(r.noNotice()).as("a missing primitive is its default").isFalse();
        assertThat(read("{\"at\":\"2026-12-02T06:30:00.123Z\"}").at()).isEqualTo(Instant.parse("2026-12-02T06:30:00.123Z"));
    }

    @Test
    void anEnumIsNeverItsOrdinalNorEmpty() {
        assertThatThrownBy(() -> read("{\"purpose\":0}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"purpose\":\"\"}")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void aWholeNumberIsNeverAFractionATextOrABoolean() {
        assertThatThrownBy(() -> read("{\"count\":1.5}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"count\":\"12\"}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"count\":true}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"count\":2147483648}")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void textIsAStringWithoutControlCharacters() {
        assertThatThrownBy(() -> read("{\"name\":12345}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"name\":true}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"name\":\"a\\u0000b\"}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"name\":\"a\\u001bb\"}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"name\":\"a\\ud800b\"}")).as("a lone surrogate").isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void aDateIsAnIsoStringWithinThePlausibleYears() {
        assertThatThrownBy(() -> read("{\"startsOn\":20260101}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"startsOn\":[2026,1,1]}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"startsOn\":\"0001-01-01\"}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"startsOn\":\"9999-12-31\"}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"startsOn\":\"+999999999-01-01\"}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"startsOn\":\"2026-02-30\"}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"month\":\"-0001-01\"}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"at\":1700000000}")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void aSetRefusesAnItemGivenTwice() {
        assertThatThrownBy(() -> read("{\"weekdays\":[\"MONDAY\",\"MONDAY\"]}")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void nothingFollowsTheBodyAndNoKeyIsGivenTwice() {
        assertThatThrownBy(() -> read("{\"count\":1}}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"count\":1,\"count\":2}")).isInstanceOf(JsonProcessingException.class);
    }
}
