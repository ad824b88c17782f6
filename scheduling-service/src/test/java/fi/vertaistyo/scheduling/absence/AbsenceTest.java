package fi.vertaistyo.scheduling.absence;

import fi.vertaistyo.scheduling.MonthAtALobby;
import fi.vertaistyo.kit.testing.TestTokens;
import static fi.vertaistyo.scheduling.TestApi.as;
import static fi.vertaistyo.scheduling.TestApi.asPeer;
import static fi.vertaistyo.scheduling.TestApi.assign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import fi.vertaistyo.scheduling.MutableClock;
import fi.vertaistyo.scheduling.TestApi;
import fi.vertaistyo.scheduling.TestWorld;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AbsenceTest extends MonthAtALobby {

    static final String REASON = "Lääkärikäynti";

    @Inject
    MutableClock clock;

    String plan;

    @BeforeEach
    void organisation() {
        plan = planAt("Lift lobby");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    record Peer(UUID id, String subject) {
    }

    Peer peer(String name, UUID inProgramme) {
        UUID id = world.peerWorking(org, inProgramme, month, name, 3, 210);
        return new Peer(id, world.account(id, org));
    }

    static Instant startOf(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZoneId.of("Europe/Helsinki")).toInstant();
    }

    io.restassured.response.Response report(Peer peer, String shift, String reason) {
        return asPeer(peer.subject(), org).body(Map.of("reason", reason)).post("/api/scheduling/my/shifts/" + shift + "/absence");
    }

    @Test
    void anAbsenceReportedExactlyTheNoticePeriodAheadIsInTimeAndAMinuteLaterIsLate() {
        Peer pete = peer("Pete", programme);
        String tuesday = TestApi.shift(org, plan, monday.plusDays(1), "09:00", "12:00");
        String wednesday = TestApi.shift(org, plan, monday.plusDays(2), "09:00", "12:00");
        assign(org, tuesday, pete.id()).then().statusCode(200);
        assign(org, wednesday, pete.id()).then().statusCode(200);
        TestApi.publish(org, plan);

        clock.set(startOf(monday.plusDays(1), 9).minus(Duration.ofHours(24)));
        report(pete, tuesday, REASON).then().statusCode(201).body("notice", equalTo("IN_TIME"))
                .body("$", not(hasKey("reason")));
        clock.set(startOf(monday.plusDays(2), 9).minus(Duration.ofHours(24)).plus(Duration.ofMinutes(1)));
        report(pete, wednesday, REASON).then().statusCode(201).body("notice", equalTo("LATE"));
    }

    @Test
    void theProgrammesOwnNoticePeriodApplies() {
        UUID strict = world.programme(org, 48);
        String strictPlan = TestApi.plan(org, TestApi.site(org, strict, "Strict lobby"), month);
        Peer pia = peer("Pia", strict);
        String shift = TestApi.shift(org, strictPlan, monday, "09:00", "12:00");
        assign(org, shift, pia.id()).then().statusCode(200);
        TestApi.publish(org, strictPlan);
        clock.set(startOf(monday, 9).minus(Duration.ofHours(47)));
        report(pia, shift, "").then().statusCode(201).body("notice", equalTo("LATE"));
    }

    @Test
    void onlyCoordinatorsReadTheReasonAndACoordinatorCanRecordNoNotice() {
        Peer pete = peer("Pete", programme);
        Peer tiina = peer("Tiina", programme);
        String shift = TestApi.shift(org, plan, monday, "09:00", "12:00", 2);
        assign(org, shift, pete.id()).then().statusCode(200);
        assign(org, shift, tiina.id()).then().statusCode(200);
        TestApi.publish(org, plan);
        report(pete, shift, REASON).then().statusCode(201);
        clock.set(startOf(monday, 10));
        as("coordinator", org).body(Map.of("participantId", tiina.id(), "noNotice", true, "reason", "Ei tullut"))
                .post("/api/scheduling/shifts/" + shift + "/absences").then().statusCode(201)
                .body("notice", equalTo("NO_NOTICE"));

        as("coordinator", org).get("/api/scheduling/absences?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth())
                .then().statusCode(200)
                .body("displayName", contains("Pete", "Tiina"))
                .body("notice", contains("IN_TIME", "NO_NOTICE"))
                .body("reason", contains(REASON, "Ei tullut"));
        String plans = as("coordinator", org).get("/api/scheduling/plans/" + plan).then().extract().asString();
        String changes = as("coordinator", org).get("/api/scheduling/shifts/" + shift + "/changes").then().extract().asString();
        String mine = asPeer(pete.subject(), org).get("/api/scheduling/my/shifts?from=" + monday + "&to=" + monday)
                .then().body("state", contains("ABSENT")).extract().asString();
        assertThat(plans + changes + mine).doesNotContain(REASON).doesNotContain("Ei tullut");
    }

    @Test
    void anAbsenceOpensThePlaceToEligibleReplacements() {
        Peer pete = peer("Pete", programme);
        Peer sub = peer("Sijainen", programme);
        String shift = TestApi.shift(org, plan, monday, "09:00", "12:00");
        assign(org, shift, pete.id()).then().statusCode(200);
        TestApi.publish(org, plan);
        String range = "?from=" + monday + "&to=" + monday;
        asPeer(sub.subject(), org).get("/api/scheduling/my/open-shifts" + range).then().body("shiftId", empty());
        report(pete, shift, "").then().statusCode(201);
        asPeer(sub.subject(), org).get("/api/scheduling/my/open-shifts" + range).then().body("shiftId", contains(shift));
        asPeer(sub.subject(), org).post("/api/scheduling/my/shifts/" + shift + "/sign-up").then().statusCode(200);
        report(pete, shift, "").then().statusCode(404);
    }

    @Test
    void onceTheShiftHasStartedThePeerTellsTheCoordinatorInstead() {
        Peer pete = peer("Pete", programme);
        String shift = TestApi.shift(org, plan, monday, "09:00", "12:00");
        assign(org, shift, pete.id()).then().statusCode(200);
        TestApi.publish(org, plan);
        clock.set(startOf(monday, 9));
        report(pete, shift, "").then().statusCode(409).body("reason", equalTo("SHIFT_STARTED"));
        as("coordinator", org).body(Map.of("participantId", pete.id(), "reportedAt", startOf(monday, 8).toString()))
                .post("/api/scheduling/shifts/" + shift + "/absences").then().statusCode(201)
                .body("notice", equalTo("LATE"));
        as("coordinator", org).body(Map.of("participantId", pete.id(), "reportedAt", "yesterday"))
                .post("/api/scheduling/shifts/" + shift + "/absences").then().statusCode(400);
    }
}
