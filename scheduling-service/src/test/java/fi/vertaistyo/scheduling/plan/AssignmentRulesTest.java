package fi.vertaistyo.scheduling.plan;

import fi.vertaistyo.kit.testing.TestTokens;
import static fi.vertaistyo.scheduling.TestApi.as;
import static fi.vertaistyo.scheduling.TestApi.assign;
import static fi.vertaistyo.kit.testing.TestTokens.newOrganisation;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import fi.vertaistyo.scheduling.TestApi;
import fi.vertaistyo.scheduling.TestWorld;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every assignment rule with its boundary: the last allowed case passes, the first refused one does not. */
@QuarkusTest
class AssignmentRulesTest {

    static final String DIPLOMA = "fattaluuta-diploma";

    @Inject
    TestWorld world;

    String org;
    UUID programme;
    String plan;
    LocalDate monday;
    YearMonth month;

    @BeforeEach
    void organisation() {
        org = newOrganisation();
        programme = world.programme(org, 24);
        monday = TestApi.mondayAhead(3);
        month = YearMonth.from(monday);
        plan = TestApi.plan(org, TestApi.site(org, programme, "Lift lobby"), month);
    }

    UUID peerWithAgreement(String name, int daysPerWeek, int minutesPerDay) {
        return world.peerWorking(org, programme, month, name, daysPerWeek, minutesPerDay);
    }

    /** Two working days of the month in a row: this Monday and Tuesday, or Friday and Monday when Monday is the month's last day. */
    List<LocalDate> twoWorkingDaysInARow() {
        LocalDate first = YearMonth.from(monday.plusDays(1)).equals(month) ? monday : monday.minusDays(3);
        return List.of(first, first.plusDays(first.getDayOfWeek() == java.time.DayOfWeek.FRIDAY ? 3 : 1));
    }

    String shiftOn(LocalDate day, String start, String end) {
        return TestApi.shift(org, plan, day, start, end);
    }

    @Test
    void aThirdDayInAWeekIsAllowedAndAFourthIsRefusedForAThreeDayAgreement() {
        UUID peer = peerWithAgreement("Pete", 3, 210);
        for (int day = 0; day < 3; day++) {
            assign(org, shiftOn(monday.plusDays(day), "08:30", "12:00"), peer).then().statusCode(200);
        }
        String thursday = shiftOn(monday.plusDays(3), "08:30", "12:00");
        assign(org, thursday, peer).then().statusCode(409).contentType("application/problem+json")
                .body("reason", equalTo("DAYS_PER_WEEK_EXCEEDED"))
                .body("detail", equalTo("The agreement allows 3 days a week; this would be day 4 of that week."));
        as("coordinator", org).get("/api/scheduling/plans/" + plan).then()
                .body("shifts.find { it.id == '" + thursday + "' }.assignees", empty());
    }

    @Test
    void minutesPerDayAreAddedUpAcrossShiftsUpToTheAgreedAmountExactly() {
        UUID peer = peerWithAgreement("Tiina", 3, 210);
        assign(org, shiftOn(monday, "08:00", "10:00"), peer).then().statusCode(200);
        assign(org, shiftOn(monday, "11:00", "12:30"), peer).then().statusCode(200);
        assign(org, shiftOn(monday, "13:00", "13:15"), peer).then().statusCode(409)
                .body("reason", equalTo("MINUTES_PER_DAY_EXCEEDED"));
    }

    @Test
    void overlappingShiftsAreRefusedButBackToBackShiftsAreNot() {
        UUID peer = peerWithAgreement("Jussi", 5, 720);
        assign(org, shiftOn(monday, "09:00", "12:30"), peer).then().statusCode(200);
        assign(org, shiftOn(monday, "12:29", "13:00"), peer).then().statusCode(409)
                .body("reason", equalTo("OVERLAPPING_SHIFT"));
        assign(org, shiftOn(monday, "12:30", "13:00"), peer).then().statusCode(200);
    }

    @Test
    void anAgreementEndingMidMonthCoversItsLastDayAndNotTheNext() {
        UUID peer = world.peer(org, "Mikko");
        UUID agreement = world.agreement(peer, org, programme, month.atDay(1), monday.plusDays(3), 5, 210);
        assign(org, shiftOn(monday.plusDays(3), "09:00", "12:00"), peer).then().statusCode(200);
        assign(org, shiftOn(monday.plusDays(4), "09:00", "12:00"), peer).then().statusCode(409)
                .body("reason", equalTo("NO_AGREEMENT_IN_FORCE"));
        world.ended(agreement, peer, org, programme, monday.plusDays(1));
        assign(org, shiftOn(monday.plusDays(1), "09:00", "12:00"), peer).then().statusCode(200);
        assign(org, shiftOn(monday.plusDays(2), "09:00", "12:00"), peer).then().statusCode(409)
                .body("reason", equalTo("NO_AGREEMENT_IN_FORCE"));
    }

    @Test
    void aPeerWithoutAnAgreementInThisProgrammeIsRefused() {
        UUID peer = world.peerWorking(org, world.programme(org, 24), month, "Elsa", 3, 210);
        assign(org, shiftOn(monday, "09:00", "12:00"), peer).then().statusCode(409)
                .body("reason", equalTo("NO_AGREEMENT_IN_FORCE"));
    }

    @Test
    void pausedPeersAndAlumniAreNotGivenShifts() {
        UUID paused = peerWithAgreement("Paula", 3, 210);
        UUID alumnus = peerWithAgreement("Arto", 3, 210);
        world.status(paused, org, "PAUSED");
        world.status(alumnus, org, "ALUMNI");
        String shift = TestApi.shift(org, plan, monday, "09:00", "12:00", 2);
        assign(org, shift, paused).then().statusCode(409).body("reason", equalTo("PEER_NOT_AVAILABLE"));
        assign(org, shift, alumnus).then().statusCode(409).body("reason", equalTo("PEER_NOT_AVAILABLE"));
    }

    @Test
    void onlyDiplomaHoldersStaffAKelaDeskThatRequiresTheDiploma() {
        String desk = TestApi.desk(org, programme, "Kela Itäkeskus", "kela-itakeskus", DIPLOMA);
        String deskPlan = TestApi.plan(org, desk, month);
        String shift = TestApi.shift(org, deskPlan, monday, "09:00", "12:00", 3);
        UUID undiplomaed = peerWithAgreement("Ville", 3, 210);
        assign(org, shift, undiplomaed).then().statusCode(409).body("reason", equalTo("QUALIFICATION_REQUIRED"));

        UUID holder = peerWithAgreement("Hanna", 3, 210);
        world.diploma(holder, org, DIPLOMA, monday);
        assign(org, shift, holder).then().statusCode(200);

        UUID notYet = peerWithAgreement("Noora", 3, 210);
        world.diploma(notYet, org, DIPLOMA, monday.plusDays(1));
        assign(org, shift, notYet).then().statusCode(409).body("reason", equalTo("QUALIFICATION_REQUIRED"));

        UUID revoked = peerWithAgreement("Risto", 3, 210);
        UUID diploma = world.diploma(revoked, org, DIPLOMA, month.atDay(1).minusYears(1));
        world.revoke(diploma, revoked, org, DIPLOMA, monday);
        assign(org, shift, revoked).then().statusCode(409).body("reason", equalTo("QUALIFICATION_REQUIRED"));
    }

    @Test
    void assignmentsARevokedDiplomaNoLongerCoversAreFlaggedFromTheRevocationDayOn() {
        String desk = TestApi.desk(org, programme, "Kela Kallio", "kela-kallio", DIPLOMA);
        String deskPlan = TestApi.plan(org, desk, month);
        List<LocalDate> days = twoWorkingDaysInARow();
        LocalDate first = days.get(0);
        LocalDate second = days.get(1);
        String before = TestApi.shift(org, deskPlan, first, "09:00", "12:00", 1);
        String after = TestApi.shift(org, deskPlan, second, "09:00", "12:00", 1);
        UUID guide = peerWithAgreement("Aleksi", 3, 210);
        UUID diploma = world.diploma(guide, org, DIPLOMA, month.atDay(1).minusYears(1));
        assign(org, before, guide).then().statusCode(200);
        assign(org, after, guide).then().statusCode(200);
        as("coordinator", org).get("/api/scheduling/plans/" + deskPlan).then().statusCode(200)
                .body("shifts.assignees.flatten().problem", contains(null, null));

        world.revoke(diploma, guide, org, DIPLOMA, second);

        as("coordinator", org).get("/api/scheduling/plans/" + deskPlan).then().statusCode(200)
                .body("shifts.find { it.id == '" + before + "' }.assignees[0].problem", equalTo(null))
                .body("shifts.find { it.id == '" + after + "' }.assignees[0].problem", equalTo("QUALIFICATION_REQUIRED"));
    }

    @Test
    void aGuidesDeskDutiesShowWhatRevokingTheDiplomaAffectsAndThenTheFlag() {
        String desk = TestApi.desk(org, programme, "Kela Kallio", "kela-kallio", DIPLOMA);
        String deskPlan = TestApi.plan(org, desk, month);
        List<LocalDate> days = twoWorkingDaysInARow();
        String before = TestApi.shift(org, deskPlan, days.get(0), "09:00", "12:00", 1);
        String after = TestApi.shift(org, deskPlan, days.get(1), "09:00", "12:00", 1);
        shiftOn(days.get(0), "13:00", "15:00");
        UUID guide = peerWithAgreement("Aleksi", 3, 210);
        UUID diploma = world.diploma(guide, org, DIPLOMA, month.atDay(1).minusYears(1));
        assign(org, before, guide).then().statusCode(200);
        assign(org, after, guide).then().statusCode(200);
        String range = "?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
        String path = "/api/scheduling/peers/" + guide + "/desk-duties" + range;

        as("coordinator", org).get(path).then().statusCode(200)
                .body("shiftId", contains(before, after)).body("location", contains("Kela Kallio", "Kela Kallio"))
                .body("requiredQualification", contains(DIPLOMA, DIPLOMA)).body("problem", contains(null, null));
        world.revoke(diploma, guide, org, DIPLOMA, days.get(1));
        as("coordinator", org).get(path).then().statusCode(200)
                .body("problem", contains(null, "QUALIFICATION_REQUIRED"));

        as("coordinator", newOrganisation()).get(path).then().statusCode(404).contentType("application/problem+json");
        as("coordinator", org).get("/api/scheduling/peers/" + guide + "/desk-duties").then().statusCode(400);
    }

    @Test
    void anAgreementEndedEarlyFlagsTheAssignmentsAfterItsEnd() {
        List<LocalDate> days = twoWorkingDaysInARow();
        LocalDate first = days.get(0);
        LocalDate second = days.get(1);
        String before = shiftOn(first, "09:00", "12:00");
        String after = shiftOn(second, "09:00", "12:00");
        UUID peer = world.peer(org, "Pete");
        UUID agreement = world.agreement(peer, org, programme, month.atDay(1), month.atEndOfMonth(), 3, 210);
        assign(org, before, peer).then().statusCode(200);
        assign(org, after, peer).then().statusCode(200);

        world.ended(agreement, peer, org, programme, first);

        as("coordinator", org).get("/api/scheduling/plans/" + plan).then().statusCode(200)
                .body("shifts.find { it.id == '" + before + "' }.assignees[0].problem", equalTo(null))
                .body("shifts.find { it.id == '" + after + "' }.assignees[0].problem", equalTo("NO_AGREEMENT_IN_FORCE"));
    }

    @Test
    void anAgreementEndedBeforeItBeganCoversNoDay() {
        String shift = shiftOn(monday, "09:00", "12:00");
        UUID peer = world.peer(org, "Leaver");
        UUID agreement = world.agreement(peer, org, programme, month.atDay(1), month.atEndOfMonth(), 3, 210);

        world.ended(agreement, peer, org, programme, month.atDay(1).minusDays(1));  // left before it began

        assign(org, shift, peer).then().statusCode(409).body("reason", equalTo("NO_AGREEMENT_IN_FORCE"));
    }

    @Test
    void aFullShiftTakesNoMoreAndNobodyTwice() {
        String shift = shiftOn(monday, "09:00", "12:00");
        UUID first = peerWithAgreement("Eka", 3, 210);
        assign(org, shift, first).then().statusCode(200);
        assign(org, shift, first).then().statusCode(409).body("reason", equalTo("ALREADY_ASSIGNED"));
        assign(org, shift, peerWithAgreement("Toka", 3, 210)).then().statusCode(409).body("reason", equalTo("SHIFT_FULL"));
    }

    @Test
    void peersOfAnotherOrganisationOrUnknownPeersCannotBeAssigned() {
        String other = newOrganisation();
        UUID theirs = world.peer(other, "Vieras");
        String shift = shiftOn(monday, "09:00", "12:00");
        assign(org, shift, theirs).then().statusCode(422).contentType("application/problem+json");
        assign(org, shift, UUID.randomUUID()).then().statusCode(422);
        as("coordinator", org).body("{\"participantId\":\"not-a-uuid\"}")
                .post("/api/scheduling/shifts/" + shift + "/assignments").then().statusCode(400);
    }

    @Test
    void aPeerRemovedFromAPublishedPlanFreesThePlaceWithAReasonOnRecord() {
        UUID peer = peerWithAgreement("Leena", 3, 210);
        String shift = shiftOn(monday, "09:00", "12:00");
        assign(org, shift, peer).then().statusCode(200);
        TestApi.publish(org, plan);
        as("coordinator", org).delete("/api/scheduling/shifts/" + shift + "/assignments/" + peer).then().statusCode(400);
        as("coordinator", org).queryParam("reason", "Asked to move").delete("/api/scheduling/shifts/" + shift
                + "/assignments/" + peer).then().statusCode(200).body("open", equalTo(1))
                .body("assignees[0].state", equalTo("REMOVED"));
        assign(org, shift, peer, "Back after all").then().statusCode(200).body("open", equalTo(0));
        as("coordinator", org).get("/api/scheduling/shifts/" + shift + "/changes").then()
                .body("what", contains("UNASSIGNED", "ASSIGNED"));
    }
}
