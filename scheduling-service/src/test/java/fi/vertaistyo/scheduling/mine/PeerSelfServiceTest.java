package fi.vertaistyo.scheduling.mine;

import fi.vertaistyo.scheduling.MonthAtALobby;
import fi.vertaistyo.kit.testing.TestTokens;
import static fi.vertaistyo.scheduling.TestApi.as;
import static fi.vertaistyo.scheduling.TestApi.asPeer;
import static fi.vertaistyo.scheduling.TestApi.assign;
import static fi.vertaistyo.kit.testing.TestTokens.newOrganisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import fi.vertaistyo.scheduling.TestApi;
import fi.vertaistyo.scheduling.TestWorld;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PeerSelfServiceTest extends MonthAtALobby {

    String site;
    String plan;

    @BeforeEach
    void organisation() {
        site = TestApi.site(org, programme, "Lift lobby, Kilpisenkatu 1");
        plan = TestApi.plan(org, site, month);
    }

    record Peer(UUID id, String subject) {
    }

    Peer peer(String name, boolean agreement) {
        UUID id = agreement ? world.peerWorking(org, programme, month, name, 3, 210) : world.peer(org, name);
        return new Peer(id, world.account(id, org));
    }

    String range() {
        return "?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
    }

    @Test
    void myShiftsShowPublishedPlansOnlyAndTheCalendarFeedParsesInAStandardReader() throws Exception {
        Peer pete = peer("Pete", true);
        String shift = TestApi.shift(org, plan, monday, "08:30", "12:00");
        assign(org, shift, pete.id()).then().statusCode(200);
        asPeer(pete.subject(), org).get("/api/scheduling/my/shifts" + range()).then().statusCode(200).body("$", empty());
        TestApi.publish(org, plan);
        asPeer(pete.subject(), org).get("/api/scheduling/my/shifts" + range()).then().statusCode(200)
                .body("shiftId", contains(shift)).body("state", contains("ASSIGNED"))
                .body("location", contains("Lift lobby, Kilpisenkatu 1"));

        String ics = asPeer(pete.subject(), org).get("/api/scheduling/my/shifts.ics" + range()).then().statusCode(200)
                .contentType("text/calendar").extract().asString();
        assertThat(ics).contains("\r\n");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(prop(event, "SUMMARY")).isEqualTo("Shift: Lift lobby, Kilpisenkatu 1");
        ZonedDateTime start = ZonedDateTime.parse(prop(event, "DTSTART"),
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX"));
        assertThat(start.toInstant()).isEqualTo(monday.atTime(8, 30).atZone(ZoneId.of("Europe/Helsinki")).toInstant());
        assertThat(prop(event, "STATUS")).isEqualTo("CONFIRMED");
    }

    @Test
    void myShiftSaysWhoElseIsOnItAndTheNoticeOfMyAbsenceButNeverItsReason() {
        Peer pete = peer("Pete", true);
        Peer tiina = peer("Tiina", true);
        String shift = TestApi.shift(org, plan, monday, "08:30", "12:00", 2);
        assign(org, shift, pete.id()).then().statusCode(200);
        assign(org, shift, tiina.id()).then().statusCode(200);
        TestApi.publish(org, plan);
        asPeer(pete.subject(), org).get("/api/scheduling/my/shifts" + range()).then().statusCode(200)
                .body("[0].coworkers", contains("Tiina")).body("[0].feedbackGiven", equalTo(false))
                .body("[0].absence", nullValue());

        asPeer(pete.subject(), org).body("{\"reason\":\"flu\"}")
                .post("/api/scheduling/my/shifts/" + shift + "/absence").then().statusCode(201);
        String mine = asPeer(pete.subject(), org).get("/api/scheduling/my/shifts" + range()).then().statusCode(200)
                .body("[0].state", equalTo("ABSENT")).body("[0].absence", equalTo("IN_TIME"))
                .extract().asString();
        assertThat(mine).doesNotContain("flu");
        asPeer(tiina.subject(), org).get("/api/scheduling/my/shifts" + range()).then().statusCode(200)
                .body("[0].coworkers", empty());
    }

    @Test
    void aPeerWhoseLoginIsNotLinkedHasNoShiftsToSee() {
        asPeer(UUID.randomUUID().toString(), org).get("/api/scheduling/my/shifts" + range()).then().statusCode(404)
                .contentType("application/problem+json");
        asPeer(peer("Pete", true).subject(), org).get("/api/scheduling/my/shifts").then().statusCode(400);
        asPeer(peer("Pia", true).subject(), org).get("/api/scheduling/my/shifts?from=2026-01-01&to=2027-06-01")
                .then().statusCode(400);
    }

    @Test
    void openShiftsListOnlyWhatThePeerMayTakeAndSigningUpFillsThePlace() {
        Peer first = peer("Eka", true);
        Peer second = peer("Toka", true);
        Peer noAgreement = peer("Ilman", false);
        Peer third = peer("Kolmas", true);
        String shift = TestApi.shift(org, plan, monday, "09:00", "12:00", 2);
        assign(org, shift, first.id()).then().statusCode(200);
        TestApi.publish(org, plan);

        asPeer(second.subject(), org).get("/api/scheduling/my/open-shifts" + range()).then().statusCode(200)
                .body("shiftId", contains(shift)).body("openPlaces", contains(1));
        asPeer(noAgreement.subject(), org).get("/api/scheduling/my/open-shifts" + range()).then().body("$", empty());
        asPeer(noAgreement.subject(), org).post("/api/scheduling/my/shifts/" + shift + "/sign-up").then().statusCode(409)
                .body("reason", equalTo("NO_AGREEMENT_IN_FORCE"));
        asPeer(second.subject(), org).post("/api/scheduling/my/shifts/" + shift + "/sign-up").then().statusCode(200)
                .body("state", equalTo("ASSIGNED"));
        asPeer(second.subject(), org).post("/api/scheduling/my/shifts/" + shift + "/sign-up").then().statusCode(409)
                .body("reason", equalTo("ALREADY_ASSIGNED"));
        asPeer(third.subject(), org).get("/api/scheduling/my/open-shifts" + range()).then().body("$", empty());
        asPeer(third.subject(), org).post("/api/scheduling/my/shifts/" + shift + "/sign-up").then().statusCode(409)
                .body("reason", equalTo("SHIFT_FULL"));
    }

    @Test
    void aShiftOfferedForSwapGoesToTheEligiblePeerWhoTakesIt() {
        Peer giver = peer("Antaja", true);
        Peer taker = peer("Ottaja", true);
        String shift = TestApi.shift(org, plan, monday, "09:00", "12:00");
        assign(org, shift, giver.id()).then().statusCode(200);
        TestApi.publish(org, plan);
        asPeer(taker.subject(), org).get("/api/scheduling/my/open-shifts" + range()).then().body("$", empty());
        asPeer(giver.subject(), org).post("/api/scheduling/my/shifts/" + shift + "/swap-offer").then().statusCode(200)
                .body("swapOffered", equalTo(true));
        asPeer(taker.subject(), org).get("/api/scheduling/my/open-shifts" + range()).then()
                .body("shiftId", contains(shift)).body("swap", contains(true));
        asPeer(taker.subject(), org).post("/api/scheduling/my/shifts/" + shift + "/sign-up").then().statusCode(200);
        asPeer(giver.subject(), org).get("/api/scheduling/my/shifts" + range()).then().body("state", contains("SWAPPED"));
        asPeer(taker.subject(), org).post("/api/scheduling/my/shifts/" + UUID.randomUUID() + "/swap-offer").then()
                .statusCode(404);
        as("coordinator", org).get("/api/scheduling/shifts/" + shift + "/changes").then()
                .body("what", contains("SWAPPED", "SIGNED_UP"));
    }

    @Test
    void draftShiftsCannotBeTakenAndOtherOrganisationsShiftsDoNotExist() {
        Peer pete = peer("Pete", true);
        String shift = TestApi.shift(org, plan, monday, "09:00", "12:00");
        asPeer(pete.subject(), org).post("/api/scheduling/my/shifts/" + shift + "/sign-up").then().statusCode(404);
        TestApi.publish(org, plan);
        String other = newOrganisation();
        UUID stranger = world.peer(other, "Vieras");
        asPeer(world.account(stranger, other), other).post("/api/scheduling/my/shifts/" + shift + "/sign-up").then()
                .statusCode(404);
        asPeer(pete.subject(), org).get("/api/scheduling/my/open-shifts" + range()).then().body("$", hasSize(1));
    }

    static String prop(VEvent event, String name) {
        return event.<net.fortuna.ical4j.model.Property>getProperty(name).orElseThrow().getValue();
    }
}
