package fi.vertaistyo.scheduling.feed;

import fi.vertaistyo.scheduling.MonthAtALobby;
import fi.vertaistyo.kit.testing.TestTokens;
import static fi.vertaistyo.scheduling.TestApi.asPartner;
import static fi.vertaistyo.scheduling.TestApi.asPeer;
import static fi.vertaistyo.scheduling.TestApi.assign;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import fi.vertaistyo.scheduling.TestApi;
import fi.vertaistyo.scheduling.TestWorld;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CalendarFeedTest extends MonthAtALobby {

    @Inject
    CalendarFeedSettings settings;

    String peerOnAPublishedShift(String name) {
        String site = TestApi.site(org, programme, "Lift lobby");
        String plan = TestApi.plan(org, site, month);
        String shift = TestApi.shift(org, plan, monday, "08:30", "12:00");
        UUID id = world.peerWorking(org, programme, month, name, 3, 210);
        assign(org, shift, id).then().statusCode(200);
        TestApi.publish(org, plan);
        return world.account(id, org);
    }

    static List<VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.getComponents("VEVENT");
    }

    static io.restassured.response.Response fetch(String path) {
        return given().get(path);
    }

    @Test
    void aPeersSecretAddressServesTheirShiftsWithoutALoginUntilRevoked() throws Exception {
        String pete = peerOnAPublishedShift("Pete");
        asPeer(pete, org).get("/api/scheduling/my/calendar-feed").then().statusCode(200).body("active", equalTo(false));

        String path = asPeer(pete, org).post("/api/scheduling/my/calendar-feed").then().statusCode(201)
                .extract().path("path");
        assertThat(path).startsWith("/api/scheduling/calendar-feeds/").endsWith(".ics");
        String token = path.substring("/api/scheduling/calendar-feeds/".length(), path.length() - 4);
        assertThat(token).hasSize(43).doesNotContain(org).doesNotContain("Pete");

        String ics = fetch(path).then().statusCode(200).contentType("text/calendar").extract().asString();
        List<VEvent> events = events(ics);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Shift: Lift lobby");
        assertThat(ics).doesNotContain("Pete");

        asPeer(pete, org).get("/api/scheduling/my/calendar-feed").then().statusCode(200)
                .body("active", equalTo(true)).body("path", nullValue());
        asPeer(pete, org).delete("/api/scheduling/my/calendar-feed").then().statusCode(204);
        fetch(path).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aNewAddressReplacesTheOldOne() {
        String pete = peerOnAPublishedShift("Pete");
        String first = asPeer(pete, org).post("/api/scheduling/my/calendar-feed").then().statusCode(201)
                .extract().path("path");
        String second = asPeer(pete, org).post("/api/scheduling/my/calendar-feed").then().statusCode(201)
                .extract().path("path");
        assertThat(second).isNotEqualTo(first);
        fetch(first).then().statusCode(404);
        fetch(second).then().statusCode(200);
    }

    @Test
    void unknownMalformedAndRevokedAddressesAnswerAlike() {
        String unknown = fetch("/api/scheduling/calendar-feeds/" + "A".repeat(43) + ".ics").then().statusCode(404)
                .extract().asString();
        String malformed = fetch("/api/scheduling/calendar-feeds/%27or1=1.ics").then().statusCode(404)
                .extract().asString();
        assertThat(malformed).isEqualTo(unknown);
    }

    @Test
    void anAddressFetchedTooOftenIsRefusedForTheHour() {
        String pete = peerOnAPublishedShift("Pete");
        String path = asPeer(pete, org).post("/api/scheduling/my/calendar-feed").then().statusCode(201)
                .extract().path("path");
        for (int i = 0; i < settings.fetchesPerHour(); i++) {
            fetch(path).then().statusCode(200);
        }
        fetch(path).then().statusCode(429).contentType("application/problem+json")
                .body("reason", equalTo("FEED_RATE_LIMITED"));
    }

    @Test
    void aPartnerAgencyGetsAddressesForItsOwnDesksOnly() throws Exception {
        String desk = TestApi.desk(org, programme, "Kela Itäkeskus", "kela-itakeskus", null);
        String otherDesk = TestApi.desk(org, programme, "Kela Kallio", "kela-kallio", null);
        String plan = TestApi.plan(org, desk, month);
        String shift = TestApi.shift(org, plan, monday, "09:00", "12:00");
        assign(org, shift, world.peerWorking(org, programme, month, "Tiina", 3, 210)).then().statusCode(200);
        TestApi.publish(org, plan);

        asPartner(org, "kela-itakeskus").body("{\"deskId\":\"" + otherDesk + "\"}")
                .post("/api/scheduling/partner/calendar-feeds").then().statusCode(404);
        String path = asPartner(org, "kela-itakeskus").body("{\"deskId\":\"" + desk + "\"}")
                .post("/api/scheduling/partner/calendar-feeds").then().statusCode(201)
                .body("location", equalTo("Kela Itäkeskus")).extract().path("path");
        List<VEvent> events = events(fetch(path).then().statusCode(200).extract().asString());
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Desk duty: Tiina");

        String feedId = asPartner(org, "kela-itakeskus").get("/api/scheduling/partner/calendar-feeds").then()
                .statusCode(200).body("deskId", contains(desk)).body("path", contains((Object) null))
                .extract().path("[0].id");
        asPartner(org, "kela-kallio").delete("/api/scheduling/partner/calendar-feeds/" + feedId).then().statusCode(404);
        asPartner(org, "kela-itakeskus").delete("/api/scheduling/partner/calendar-feeds/" + feedId).then()
                .statusCode(204);
        fetch(path).then().statusCode(404);
    }
}
