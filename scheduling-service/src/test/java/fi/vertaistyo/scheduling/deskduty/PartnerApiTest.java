package fi.vertaistyo.scheduling.deskduty;

import fi.vertaistyo.kit.testing.TestTokens;
import static fi.vertaistyo.scheduling.TestApi.as;
import static fi.vertaistyo.scheduling.TestApi.asPartner;
import static fi.vertaistyo.scheduling.TestApi.asPeer;
import static fi.vertaistyo.scheduling.TestApi.assign;
import static fi.vertaistyo.kit.testing.TestTokens.newOrganisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import com.fasterxml.jackson.databind.JsonNode;
import fi.vertaistyo.scheduling.TestApi;
import fi.vertaistyo.kit.testing.TestKafka;
import fi.vertaistyo.kit.testing.TestSchemas;
import fi.vertaistyo.scheduling.TestWorld;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The partner API and desk-duty.v1: exactly the agreed fields, own desks only, changes as statuses. */
@QuarkusTest
class PartnerApiTest {

    static final String DIPLOMA = "fattaluuta-diploma";
    static final List<String> FIELDS = List.of("dutyId", "deskId", "location", "date", "start", "end", "displayName",
            "status");

    @Inject
    TestWorld world;

    String org;
    UUID programme;
    LocalDate monday;
    YearMonth month;
    String itakeskus;
    String kallio;
    String itakeskusPlan;
    String kallioPlan;

    @BeforeEach
    void twoKelaDesks() {
        org = newOrganisation();
        programme = world.programme(org, 24);
        monday = TestApi.mondayAhead(3);
        month = YearMonth.from(monday);
        itakeskus = TestApi.desk(org, programme, "Kela Itäkeskus", "kela-itakeskus", DIPLOMA);
        kallio = TestApi.desk(org, programme, "Kela Kallio", "kela-kallio", DIPLOMA);
        itakeskusPlan = TestApi.plan(org, itakeskus, month);
        kallioPlan = TestApi.plan(org, kallio, month);
    }

    UUID guide(String name) {
        UUID id = world.peerWorking(org, programme, month, name, 3, 360);
        world.diploma(id, org, DIPLOMA, month.atDay(1).minusMonths(2));
        return id;
    }

    String range() {
        return "?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
    }

    /** The agency's own topic: desk-duty.v1.<organisation>.<agency>. */
    String topic(String agency) {
        return TestKafka.config("vertaistyo.topics.desk-duty") + "." + org + "." + agency;
    }

    @Test
    void aPartnerSeesExactlyTheAgreedFieldsOfItsOwnDesksAndNothingOfAnotherAgency() {
        UUID tiina = guide("Tiina");
        UUID hanna = guide("Hanna");
        String shift = TestApi.shift(org, itakeskusPlan, monday, "09:00", "12:00");
        assign(org, shift, tiina).then().statusCode(200);
        assign(org, TestApi.shift(org, kallioPlan, monday.plusDays(1), "10:00", "14:00"), hanna).then().statusCode(200);
        asPartner(org, "kela-itakeskus").get("/api/scheduling/partner/desk-duty" + range()).then().statusCode(200)
                .body("$", empty());
        TestApi.publish(org, itakeskusPlan);
        TestApi.publish(org, kallioPlan);

        String body = asPartner(org, "kela-itakeskus").get("/api/scheduling/partner/desk-duty" + range()).then()
                .statusCode(200).body("displayName", contains("Tiina")).body("location", contains("Kela Itäkeskus"))
                .body("date", contains(monday.toString())).body("start", contains("09:00")).body("end", contains("12:00"))
                .body("status", contains("SCHEDULED")).body("deskId", contains(itakeskus)).extract().asString();
        assertThat(TestSchemas.fieldsOf(TestSchemas.json(body).get(0))).containsExactlyInAnyOrderElementsOf(FIELDS);
        asPartner(org, "kela-kallio").get("/api/scheduling/partner/desk-duty" + range()).then()
                .body("displayName", contains("Hanna"));
        asPartner(org, "kela-kallio").get("/api/scheduling/partner/desk-duty" + range() + "&deskId=" + itakeskus).then()
                .statusCode(404).contentType("application/problem+json");
        asPartner(org, "kela-itakeskus").get("/api/scheduling/partner/desk-duty" + range() + "&deskId=" + itakeskus).then()
                .statusCode(200).body("displayName", contains("Tiina"));
        asPartner(newOrganisation(), "kela-itakeskus").get("/api/scheduling/partner/desk-duty" + range()).then()
                .body("$", empty());
    }

    @Test
    void eachAgencysDutiesGoToItsOwnTopicCreatedWithTheDesksFirstDuty() throws Exception {
        UUID tiina = guide("Tiina");
        UUID hanna = guide("Hanna");
        assign(org, TestApi.shift(org, itakeskusPlan, monday, "09:00", "12:00"), tiina).then().statusCode(200);
        assign(org, TestApi.shift(org, kallioPlan, monday, "10:00", "14:00"), hanna).then().statusCode(200);
        TestApi.publish(org, itakeskusPlan);
        TestApi.publish(org, kallioPlan);

        var itakeskusEvents = TestKafka.awaitAllRecords(topic("kela-itakeskus"), 1, Duration.ofSeconds(20));
        var kallioEvents = TestKafka.awaitAllRecords(topic("kela-kallio"), 1, Duration.ofSeconds(20));
        assertThat(itakeskusEvents).extracting(r -> TestSchemas.json(r.value()).at("/data/displayName").asText())
                .containsExactly("Tiina");
        assertThat(kallioEvents).extracting(r -> TestSchemas.json(r.value()).at("/data/displayName").asText())
                .containsExactly("Hanna");
        // keyed by duty: each record names its own desk, and only the agency's own desks are on its topic
        assertThat(itakeskusEvents).allSatisfy(r -> {
            assertThat(TestSchemas.json(r.value()).at("/data/deskId").asText()).isEqualTo(itakeskus.toString());
            assertThat(r.key()).isEqualTo(TestSchemas.json(r.value()).at("/data/dutyId").asText());
        });
        assertThat(kallioEvents).allSatisfy(r ->
                assertThat(TestSchemas.json(r.value()).at("/data/deskId").asText()).isEqualTo(kallio.toString()));

        try (Admin admin = Admin.create(TestKafka.clientProperties())) {
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic("kela-kallio"));
            var config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            assertThat(config.get("retention.ms").value()).isEqualTo(Long.toString(Duration.ofDays(30).toMillis()));
            assertThat(config.get("cleanup.policy").value()).as("compacted by duty id (ADR 0021)").isEqualTo("compact,delete");
            assertThat(admin.describeTopics(List.of(topic("kela-kallio"))).allTopicNames().get()
                    .get(topic("kela-kallio")).partitions()).hasSize(1);
        }
    }

    @Test
    void publishingChangingAndCancellingReachThePartnerAsStatusesAndAsEventsOnDeskDuty() {
        UUID tiina = guide("Tiina");
        UUID hanna = guide("Hanna");
        String subject = world.account(hanna, org);
        String early = TestApi.shift(org, itakeskusPlan, monday, "09:00", "12:00");
        String late = TestApi.shift(org, itakeskusPlan, monday.plusDays(2), "12:00", "15:00");
        assign(org, early, tiina).then().statusCode(200);
        assign(org, late, hanna).then().statusCode(200);
        TestApi.publish(org, itakeskusPlan);
        as("coordinator", org).body(Map.of("start", "10:00", "end", "13:00", "needed", 1, "reason", "Kela opens later"))
                .put("/api/scheduling/shifts/" + early).then().statusCode(200);
        asPeer(subject, org).body(Map.of("reason", "Perhesyy")).post("/api/scheduling/my/shifts/" + late + "/absence")
                .then().statusCode(201);

        asPartner(org, "kela-itakeskus").get("/api/scheduling/partner/desk-duty" + range()).then().statusCode(200)
                .body("displayName", contains("Tiina", "Hanna"))
                .body("start", contains("10:00", "12:00"))
                .body("status", contains("CHANGED", "CANCELLED"));

        List<ConsumerRecord<String, String>> records = TestKafka.awaitAllRecords(topic("kela-itakeskus"), 4, Duration.ofSeconds(20));
        List<JsonNode> events = records.stream().map(r -> TestSchemas.json(r.value())).toList();
        assertThat(events).allSatisfy(e -> {
            assertThat(TestSchemas.validate("desk-duty.v1", e)).isEmpty();
            assertThat(TestSchemas.fieldsOf(e.get("data"))).containsExactlyInAnyOrderElementsOf(FIELDS);
        });
        assertThat(events).extracting(e -> e.at("/data/displayName").asText() + " " + e.at("/data/status").asText()
                + " " + e.at("/data/start").asText())
                .containsExactly("Tiina SCHEDULED 09:00", "Hanna SCHEDULED 12:00", "Tiina CHANGED 10:00",
                        "Hanna CANCELLED 12:00");
        assertThat(records).allSatisfy(r -> assertThat(r.value()).doesNotContain("Perhesyy").doesNotContain("Kela opens later"));
        assertThat(TestKafka.header(records.get(0), "content-type")).isEqualTo("application/cloudevents+json");
    }

    @Test
    void aRepeatedQueryShowsEveryChangeAsSoonAsItIsCommitted() {
        UUID tiina = guide("Tiina");
        String shift = TestApi.shift(org, itakeskusPlan, monday, "09:00", "12:00");
        assign(org, shift, tiina).then().statusCode(200);
        TestApi.publish(org, itakeskusPlan);
        for (int i = 0; i < 2; i++) {
            asPartner(org, "kela-itakeskus").get("/api/scheduling/partner/desk-duty" + range()).then()
                    .body("status", contains("SCHEDULED")).body("displayName", contains("Tiina"));
        }
        as("coordinator", org).body(Map.of("start", "10:00", "end", "12:00", "needed", 1, "reason", "Later"))
                .put("/api/scheduling/shifts/" + shift).then().statusCode(200);
        asPartner(org, "kela-itakeskus").get("/api/scheduling/partner/desk-duty" + range()).then()
                .body("status", contains("CHANGED")).body("start", contains("10:00"));
        world.rename(tiina, org, "Tiina L.");
        asPartner(org, "kela-itakeskus").get("/api/scheduling/partner/desk-duty" + range()).then()
                .body("displayName", contains("Tiina L."));
    }

    @Test
    void aRenamedDeskIsToldAgainOnItsAgencysTopicUnderItsNewName() {
        UUID tiina = guide("Tiina");
        assign(org, TestApi.shift(org, itakeskusPlan, monday, "09:00", "12:00"), tiina).then().statusCode(200);
        assign(org, TestApi.shift(org, kallioPlan, monday, "10:00", "14:00"), guide("Hanna")).then().statusCode(200);
        TestApi.publish(org, itakeskusPlan);
        TestApi.publish(org, kallioPlan);
        TestKafka.awaitAllRecords(topic("kela-itakeskus"), 1, Duration.ofSeconds(20));

        as("coordinator", org).body(TestApi.deskRequest(programme, "Kela Itäkeskus, 2. krs", "kela-itakeskus", DIPLOMA))
                .put("/api/scheduling/locations/" + itakeskus).then().statusCode(200);

        List<JsonNode> events = TestKafka.awaitAllRecords(topic("kela-itakeskus"), 2, Duration.ofSeconds(20)).stream()
                .map(r -> TestSchemas.json(r.value())).toList();
        assertThat(events).extracting(e -> e.at("/data/location").asText() + " " + e.at("/data/displayName").asText()
                + " " + e.at("/data/status").asText())
                .containsExactly("Kela Itäkeskus Tiina SCHEDULED", "Kela Itäkeskus, 2. krs Tiina SCHEDULED");
        assertThat(events.get(1).at("/data/dutyId")).isEqualTo(events.get(0).at("/data/dutyId"));
        assertThat(TestKafka.allRecords(topic("kela-kallio"), Duration.ofSeconds(5)))
                .as("another agency's desk is not told again").hasSize(1);
        asPartner(org, "kela-itakeskus").get("/api/scheduling/partner/desk-duty" + range()).then()
                .body("location", contains("Kela Itäkeskus, 2. krs"));
    }

    @Test
    void aRevokedGuidesDutyTellsThePartnerThatAReplacementIsBeingFound() throws Exception {
        UUID risto = world.peerWorking(org, programme, month, "Risto", 3, 360);
        UUID diploma = world.diploma(risto, org, DIPLOMA, month.atDay(1).minusMonths(2));
        UUID tiina = guide("Tiina");
        String before = TestApi.shift(org, itakeskusPlan, monday, "09:00", "12:00");
        String after = TestApi.shift(org, itakeskusPlan, monday.plusDays(2), "09:00", "12:00");
        assign(org, before, risto).then().statusCode(200);
        assign(org, after, risto).then().statusCode(200);
        assign(org, TestApi.shift(org, kallioPlan, monday.plusDays(2), "10:00", "12:00"), tiina).then().statusCode(200);
        TestApi.publish(org, itakeskusPlan);
        TestApi.publish(org, kallioPlan);
        asPartner(org, "kela-itakeskus").get("/api/scheduling/partner/desk-duty" + range()).then()
                .body("status", contains("SCHEDULED", "SCHEDULED"));  // an answer the version cache now holds

        world.revoke(diploma, risto, org, DIPLOMA, monday.plusDays(1));

        asPartner(org, "kela-itakeskus").get("/api/scheduling/partner/desk-duty" + range()).then().statusCode(200)
                .body("date", contains(monday.toString(), monday.plusDays(2).toString()))
                .body("status", contains("SCHEDULED", "REPLACEMENT_PENDING"));
        asPartner(org, "kela-kallio").get("/api/scheduling/partner/desk-duty" + range()).then()
                .body("status", contains("SCHEDULED"));
        List<JsonNode> events = TestKafka.awaitAllRecords(topic("kela-itakeskus"), 3, Duration.ofSeconds(20)).stream()
                .map(r -> TestSchemas.json(r.value())).toList();
        assertThat(events).allSatisfy(e -> assertThat(TestSchemas.validate("desk-duty.v1", e)).isEmpty());
        assertThat(events).extracting(e -> e.at("/data/date").asText() + " " + e.at("/data/status").asText())
                .containsExactly(monday + " SCHEDULED", monday.plusDays(2) + " SCHEDULED",
                        monday.plusDays(2) + " REPLACEMENT_PENDING");
        String ics = asPartner(org, "kela-itakeskus").get("/api/scheduling/partner/desk-duty.ics" + range()).then()
                .statusCode(200).extract().asString();
        List<VEvent> calendar = new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
        assertThat(calendar).extracting(e -> prop(e, "STATUS")).containsExactly("CONFIRMED", "TENTATIVE");
        assertThat(prop(calendar.get(1), "SUMMARY")).isEqualTo("Desk duty: a replacement is being found");
    }

    @Test
    void theDeskDutyCalendarParsesInAStandardReader() throws Exception {
        UUID tiina = guide("Tiina");
        String shift = TestApi.shift(org, itakeskusPlan, monday, "09:00", "12:00");
        assign(org, shift, tiina).then().statusCode(200);
        TestApi.publish(org, itakeskusPlan);
        as("coordinator", org).body(Map.of("reason", "Kela closed")).post("/api/scheduling/shifts/" + shift + "/cancel")
                .then().statusCode(200);
        String ics = asPartner(org, "kela-itakeskus").get("/api/scheduling/partner/desk-duty.ics" + range()).then()
                .statusCode(200).contentType("text/calendar").extract().asString();
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
        assertThat(events).hasSize(1);
        assertThat(prop(events.get(0), "SUMMARY")).isEqualTo("Desk duty: Tiina");
        assertThat(prop(events.get(0), "LOCATION")).isEqualTo("Kela Itäkeskus");
        assertThat(prop(events.get(0), "STATUS")).isEqualTo("CANCELLED");
    }

    @Test
    void aPartnerListsItsOwnDesksOnly() {
        TestApi.site(org, programme, "Lift lobby");
        asPartner(org, "kela-itakeskus").get("/api/scheduling/partner/desks").then().statusCode(200)
                .body("deskId", contains(itakeskus)).body("location", contains("Kela Itäkeskus"));
        asPartner(org, "kela-kallio").get("/api/scheduling/partner/desks").then().statusCode(200)
                .body("deskId", contains(kallio));
        asPartner(newOrganisation(), "kela-itakeskus").get("/api/scheduling/partner/desks").then().statusCode(200)
                .body("$", empty());
    }

    @Test
    void theRangeIsRequiredAndBounded() {
        asPartner(org, "kela-itakeskus").get("/api/scheduling/partner/desk-duty").then().statusCode(400)
                .contentType("application/problem+json");
        asPartner(org, "kela-itakeskus").get("/api/scheduling/partner/desk-duty?from=2027-01-01&to=2028-01-02").then()
                .statusCode(400);
        asPartner(org, "kela-itakeskus").get("/api/scheduling/partner/desk-duty?from=2027-01-31&to=2027-01-01").then()
                .statusCode(400);
        asPartner(org, "kela-itakeskus").get("/api/scheduling/partner/desk-duty?from=tomorrow&to=2027-01-01").then()
                .statusCode(400);
        asPartner(org, "kela-itakeskus").get("/api/scheduling/partner/desk-duty?from=2027-01-01&to=2027-12-31").then()
                .statusCode(200);
    }

    static String prop(VEvent event, String name) {
        return event.<net.fortuna.ical4j.model.Property>getProperty(name).orElseThrow().getValue();
    }
}
