package fi.vertaistyo.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Training's diplomas reaching scheduling over qualifications.v1, through the gateway: a guide
 * awarded a diploma may be put on a partner desk that needs it; once the diploma is revoked,
 * scheduling refuses them. The public verification answers validity only, before and after.
 */
class QualificationIT {

    static final String COORDINATOR = "sh-coordinator";
    static final Duration WAIT = Duration.ofSeconds(60);

    static RequestSpecification coordinator() {
        return Platform.as(COORDINATOR).contentType(ContentType.JSON);
    }

    @Test
    void aRevokedGuideCanNoLongerBeAssignedToAPartnerDesk() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        YearMonth next = YearMonth.now().plusMonths(1);
        String guide = guideWithAnAgreement("Guide " + tag, next);
        DeskPlan desk = deskPlan(tag, next);
        List<String> shifts = desk.shifts();

        // Known to scheduling and with an agreement, but no diploma: the desk refuses.
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> assign(shifts.get(0), guide).statusCode() == 409
                && "QUALIFICATION_REQUIRED".equals(assign(shifts.get(0), guide).jsonPath().getString("reason")));

        JsonPath diploma = earnTheDiploma(guide, tag);
        String code = diploma.getString("verificationCode");
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> assign(shifts.get(0), guide).statusCode() == 200);
        Platform.anonymous().get("/api/training/diplomas/verification/" + code).then().statusCode(200)
                .body("valid", equalTo(true));

        coordinator().body(Map.of("reason", "System test: revoked"))
                .post("/api/training/diplomas/" + diploma.getString("id") + "/revocation").then().statusCode(200);

        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assign(shifts.get(1), guide).then()
                .statusCode(409).body("reason", equalTo("QUALIFICATION_REQUIRED")));
        // the assignment made while the diploma was valid is flagged for the coordinator to replan
        coordinator().get("/api/scheduling/plans/" + desk.plan()).then().statusCode(200)
                .body("shifts.find { it.id == '" + shifts.get(0) + "' }.assignees[0].problem",
                        equalTo("QUALIFICATION_REQUIRED"));
        String verification = Platform.anonymous().get("/api/training/diplomas/verification/" + code).then()
                .statusCode(200).extract().asString();
        assertThat(verification).isEqualTo("{\"valid\":false}");
    }

    static io.restassured.response.Response assign(String shift, String participant) {
        return coordinator().body(Map.of("participantId", participant)).post("/api/scheduling/shifts/" + shift + "/assignments");
    }

    static String guideWithAnAgreement(String displayName, YearMonth month) {
        String programme = coordinator().get("/api/participants/programmes").then().statusCode(200).extract().jsonPath()
                .getString("find { it.code == 'fattaluuta' }.id");
        String peer = coordinator().body(Map.of("displayName", displayName, "legalName", "System Test Guide"))
                .post("/api/participants").then().statusCode(201).extract().path("id");
        String agreement = coordinator().body(Map.of("programmeId", programme, "startsOn", month.atDay(1).toString(),
                        "endsOn", month.atEndOfMonth().toString(), "daysPerWeek", 2, "minutesPerDay", 240,
                        "tasks", "Desk duty"))
                .post("/api/participants/" + peer + "/agreements").then().statusCode(201).extract().path("id");
        coordinator().body(Map.of("signedOn", LocalDate.now().toString()))
                .post("/api/participants/" + peer + "/agreements/" + agreement + "/confidentiality").then().statusCode(200);
        coordinator().body(Map.of("rulesVersion", 1, "acceptedOn", LocalDate.now().toString()))
                .post("/api/participants/" + peer + "/agreements/" + agreement + "/rules-acceptance").then().statusCode(200);
        return peer;
    }

    record DeskPlan(String plan, List<String> shifts) {
    }

    /** A new Kela desk that needs the Fattaluuta diploma, planned for the month, with its shifts. */
    static DeskPlan deskPlan(String tag, YearMonth month) {
        String programme = coordinator().get("/api/participants/programmes").then().statusCode(200).extract().jsonPath()
                .getString("find { it.code == 'fattaluuta' }.id");
        Map<String, Object> desk = Map.of("kind", "PARTNER_DESK", "programmeId", programme, "name", "Kela test " + tag,
                "address", "Testikatu 2", "openingHours", "Mon-Fri 9-16",
                "agency", Map.of("code", "kela-test-" + tag, "name", "Kela test " + tag, "kind", "KELA"),
                "deskAgreement", Map.of("weekdays", List.of("MONDAY", "WEDNESDAY"), "starts", "09:00", "ends", "12:00",
                        "guides", 1, "requiredQualification", "fattaluuta-diploma"));
        String location = await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
            var response = coordinator().body(desk).post("/api/scheduling/locations");
            return response.statusCode() == 201 ? response.jsonPath().getString("id") : null;
        }, id -> id != null);
        String plan = coordinator().body(Map.of("locationId", location, "month", month.toString()))
                .post("/api/scheduling/plans").then().statusCode(201).extract().path("id");
        coordinator().body(Map.of("weekdays", List.of("MONDAY", "WEDNESDAY"), "start", "09:00", "end", "12:00"))
                .post("/api/scheduling/plans/" + plan + "/recurring-shifts").then().statusCode(200);
        List<String> shifts = coordinator().get("/api/scheduling/plans/" + plan).then().statusCode(200).extract()
                .jsonPath().getList("shifts.id");
        assertThat(shifts).hasSizeGreaterThanOrEqualTo(2);
        return new DeskPlan(plan, shifts);
    }

    /** A term of the guide's own: one lesson attended, every exam component passed, the diploma awarded. */
    static JsonPath earnTheDiploma(String guide, String tag) {
        String programme = coordinator().body(Map.of("code", "it-" + tag, "name", "System test training " + tag,
                        "qualificationCode", "fattaluuta-diploma",
                        "modules", List.of(Map.of("code", "service-system", "title", "The service system"))))
                .post("/api/training/programmes").then().statusCode(201).extract().path("id");
        String trainer = coordinator().body(Map.of("name", "System test trainer", "topics", List.of("Everything")))
                .post("/api/training/trainers").then().statusCode(201).extract().path("id");
        String term = coordinator().body(Map.of("programmeId", programme, "name", "System test term " + tag,
                        "startsOn", LocalDate.now().minusDays(60).toString(), "endsOn", LocalDate.now().toString(),
                        "capacity", 1))
                .post("/api/training/terms").then().statusCode(201).extract().path("id");
        OffsetDateTime lessonAt = OffsetDateTime.now(ZoneOffset.UTC).minusDays(30).withNano(0);
        String lesson = coordinator().body(Map.of("kind", "TEACHING", "moduleCode", "service-system", "trainerId", trainer,
                        "startsAt", lessonAt.toString(), "endsAt", lessonAt.plusHours(3).toString(), "place", "Stop"))
                .post("/api/training/terms/" + term + "/sessions").then().statusCode(201).extract().path("id");
        OffsetDateTime examAt = OffsetDateTime.now(ZoneOffset.UTC).minusHours(3).withNano(0);
        String exam = coordinator().body(Map.of("kind", "EXAM", "trainerId", trainer, "startsAt", examAt.toString(),
                        "endsAt", examAt.plusHours(2).toString(), "place", "Stop"))
                .post("/api/training/terms/" + term + "/sessions").then().statusCode(201).extract().path("id");

        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> coordinator()
                .body(Map.of("participantId", guide)).post("/api/training/terms/" + term + "/enrolments").statusCode() == 200);
        coordinator().body(Map.of("entries", List.of(Map.of("participantId", guide, "status", "PRESENT"))))
                .put("/api/training/sessions/" + lesson + "/attendance").then().statusCode(200);
        for (String component : List.of("ORAL", "WRITTEN", "FORMS", "PRACTICAL")) {
            coordinator().body(Map.of("participantId", guide, "component", component, "passed", true))
                    .post("/api/training/sessions/" + exam + "/exam-results").then().statusCode(200);
        }
        return coordinator().body(Map.of("participantId", guide)).post("/api/training/terms/" + term + "/diplomas")
                .then().statusCode(201).extract().jsonPath();
    }
}
