package fi.vertaistyo.participant;

import fi.vertaistyo.kit.testing.TestTokens;
import fi.vertaistyo.kit.time.Helsinki;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Calls through the real HTTP API, with real tokens, to set up what a test needs. */
public final class TestApi {

    private TestApi() {
    }

    public static RequestSpecification as(String role, String org) {
        return given().auth().oauth2(TestTokens.token(role, org)).contentType(ContentType.JSON);
    }

    public static LocalDate today() {
        return LocalDate.now(Helsinki.ZONE);
    }

    /** Liftillä duuniin's rules: 2 €/h, at most 12 €/day, at most 6 months, 2–3 days a week, 3.5 h a day. */
    public static Map<String, Object> liftRules(LocalDate validFrom) {
        Map<String, Object> rules = new HashMap<>();
        rules.put("validFrom", validFrom.toString());
        rules.put("activityMoneyCentsPerHour", 200);
        rules.put("activityMoneyDailyCapCents", 1200);
        rules.put("maxAgreementMonths", 6);
        rules.put("minDaysPerWeek", 2);
        rules.put("maxDaysPerWeek", 3);
        rules.put("minutesPerDay", 210);
        rules.put("absenceNoticeHours", 24);
        return rules;
    }

    public static String liftProgramme(String org) {
        return as("coordinator", org)
                .body(Map.of("code", "lift", "name", "Liftillä duuniin", "kind", "WORK_ACTIVITY",
                        "rules", liftRules(LocalDate.of(2026, 1, 1))))
                .post("/api/participants/programmes").then().statusCode(201).extract().path("id");
    }

    public static String participant(String org, String displayName) {
        return as("coordinator", org)
                .body(Map.of("displayName", displayName, "legalName", displayName + " Testinen"))
                .post("/api/participants").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> agreement(String programmeId, LocalDate startsOn, LocalDate endsOn, int days) {
        return Map.of("programmeId", programmeId, "startsOn", startsOn.toString(), "endsOn", endsOn.toString(),
                "daysPerWeek", days, "minutesPerDay", 210, "tasks", "Lobby hosting, coffee, help with computers");
    }

    /** Creates an agreement and puts it in force (confidentiality signed, rules v1 accepted today). */
    public static String agreementInForce(String org, String participantId, String programmeId, LocalDate startsOn,
            LocalDate endsOn) {
        String id = as("coordinator", org).body(agreement(programmeId, startsOn, endsOn, 3))
                .post("/api/participants/" + participantId + "/agreements").then().statusCode(201).extract().path("id");
        as("coordinator", org).body(Map.of("signedOn", today().toString()))
                .post("/api/participants/" + participantId + "/agreements/" + id + "/confidentiality")
                .then().statusCode(200);
        as("coordinator", org).body(Map.of("rulesVersion", 1, "acceptedOn", today().toString()))
                .post("/api/participants/" + participantId + "/agreements/" + id + "/rules-acceptance")
                .then().statusCode(200);
        return id;
    }
}
