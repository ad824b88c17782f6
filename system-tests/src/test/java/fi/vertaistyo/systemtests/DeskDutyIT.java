package fi.vertaistyo.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Scheduling on the running platform: demo schedules, the partner API, and agreements arriving from participant-service. */
class DeskDutyIT {

    static final Set<String> PARTNER_FIELDS = Set.of("dutyId", "deskId", "location", "date", "start", "end",
            "displayName", "status");

    static String thisMonth() {
        YearMonth month = YearMonth.now();
        return "?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
    }

    @Test
    void aPartnerOfficeReadsExactlyTheAgreedFieldsOfItsOwnDeskAndNothingElse() {
        List<Map<String, Object>> duties = Platform.anonymous().auth().oauth2(Platform.partnerToken())
                .get("/api/scheduling/partner/desk-duty" + thisMonth()).then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(duties).isNotEmpty().allSatisfy(d -> {
            assertThat(d.keySet()).isEqualTo(PARTNER_FIELDS);
            assertThat(d.get("location")).isEqualTo("Kela Itäkeskus");
        });
        JsonPath locations = Platform.as("sh-coordinator").get("/api/scheduling/locations").then().statusCode(200)
                .extract().jsonPath();
        String kallio = locations.getString("find { it.name == 'Kela Kallio' }.id");
        Platform.as("sh-partner").get("/api/scheduling/partner/desk-duty" + thisMonth() + "&deskId=" + kallio)
                .then().statusCode(404);
        Platform.anonymous().auth().oauth2(Platform.partnerToken())
                .get("/api/scheduling/partner/desk-duty.ics" + thisMonth()).then().statusCode(200)
                .contentType("text/calendar");
        Platform.anonymous().auth().oauth2(Platform.partnerToken()).get("/api/scheduling/plans").then().statusCode(403);
    }

    @Test
    void aPeerSeesTheirOwnPublishedShifts() {
        List<String> locations = Platform.as("sovatek-peer").get("/api/scheduling/my/shifts" + thisMonth())
                .then().statusCode(200).extract().jsonPath().getList("location");
        assertThat(locations).isNotEmpty().containsOnly("Lift lobby");
    }

    @Test
    void anAgreementComingIntoForceInParticipantServiceLetsSchedulingAssignThePeer() {
        String coordinator = "sovatek-coordinator";
        String programme = Platform.as(coordinator).get("/api/participants/programmes").then().statusCode(200)
                .extract().jsonPath().getString("find { it.code == 'lift' }.id");
        String peer = Platform.as(coordinator).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Uusi " + UUID.randomUUID().toString().substring(0, 6),
                        "legalName", "System Test Person"))
                .post("/api/participants").then().statusCode(201).extract().path("id");
        String location = Platform.as(coordinator).contentType(ContentType.JSON)
                .body(Map.of("kind", "PROGRAMME_SITE", "programmeId", programme,
                        "name", "System test lobby " + UUID.randomUUID().toString().substring(0, 6), "address", "Testikatu 1"))
                .post("/api/scheduling/locations").then().statusCode(201).extract().path("id");
        YearMonth next = YearMonth.now().plusMonths(1);
        String plan = Platform.as(coordinator).contentType(ContentType.JSON)
                .body(Map.of("locationId", location, "month", next.toString()))
                .post("/api/scheduling/plans").then().statusCode(201).extract().path("id");
        LocalDate day = next.atDay(10);
        String shift = Platform.as(coordinator).contentType(ContentType.JSON)
                .body(Map.of("date", day.toString(), "start", "08:30", "end", "12:00"))
                .post("/api/scheduling/plans/" + plan + "/shifts").then().statusCode(201).extract().path("id");
        // Once scheduling knows the peer (participants.v1), it still refuses: no agreement in force yet.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                Platform.as(coordinator).get("/api/scheduling/peers").then().extract().jsonPath()
                        .getList("participantId").contains(peer));
        Platform.as(coordinator).contentType(ContentType.JSON).body(Map.of("participantId", peer))
                .post("/api/scheduling/shifts/" + shift + "/assignments").then().statusCode(409)
                .body("reason", org.hamcrest.Matchers.equalTo("NO_AGREEMENT_IN_FORCE"));

        String agreement = Platform.as(coordinator).contentType(ContentType.JSON)
                .body(Map.of("programmeId", programme, "startsOn", next.atDay(1).toString(),
                        "endsOn", next.atEndOfMonth().toString(), "daysPerWeek", 3, "minutesPerDay", 210,
                        "tasks", "Lobby hosting"))
                .post("/api/participants/" + peer + "/agreements").then().statusCode(201).extract().path("id");
        Platform.as(coordinator).contentType(ContentType.JSON).body(Map.of("signedOn", LocalDate.now().toString()))
                .post("/api/participants/" + peer + "/agreements/" + agreement + "/confidentiality").then().statusCode(200);
        Platform.as(coordinator).contentType(ContentType.JSON)
                .body(Map.of("rulesVersion", 1, "acceptedOn", LocalDate.now().toString()))
                .post("/api/participants/" + peer + "/agreements/" + agreement + "/rules-acceptance").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                Platform.as(coordinator).contentType(ContentType.JSON).body(Map.of("participantId", peer))
                        .post("/api/scheduling/shifts/" + shift + "/assignments").statusCode() == 200);
    }
}
