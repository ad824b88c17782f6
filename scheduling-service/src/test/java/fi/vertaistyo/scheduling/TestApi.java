package fi.vertaistyo.scheduling;

import fi.vertaistyo.kit.testing.TestTokens;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Calls the API the way its users do, with real signed tokens. */
public final class TestApi {

    private TestApi() {
    }

    public static RequestSpecification as(String role, String org) {
        return given().auth().oauth2(TestTokens.token(role, org)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asPeer(String subject, String org) {
        return given().auth().oauth2(TestTokens.tokenFor(subject, "peer", org)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asPartner(String org, String agency) {
        return given().auth().oauth2(TestTokens.partner(org, agency)).contentType(ContentType.JSON);
    }

    public static String site(String org, UUID programme, String name) {
        return as("coordinator", org).body(Map.of("kind", "PROGRAMME_SITE", "programmeId", programme, "name", name,
                "address", "Kauppakatu 1, Jyväskylä", "openingHours", "Mon–Fri 8–16"))
                .post("/api/scheduling/locations").then().statusCode(201).extract().path("id");
    }

    /** A partner desk open Monday to Friday 9–15 for one guide, requiring the qualification if given. */
    public static String desk(String org, UUID programme, String name, String agency, String qualification) {
        return as("coordinator", org).body(deskRequest(programme, name, agency, qualification))
                .post("/api/scheduling/locations").then().statusCode(201).extract().path("id");
    }

    /** A partner desk's save request: weekdays 09:00–15:00, one guide. */
    public static Map<String, Object> deskRequest(UUID programme, String name, String agency, String qualification) {
        Map<String, Object> agreement = new java.util.HashMap<>(Map.of(
                "weekdays", Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY),
                "starts", "09:00", "ends", "15:00", "guides", 1));
        if (qualification != null) {
            agreement.put("requiredQualification", qualification);
        }
        return Map.of("kind", "PARTNER_DESK", "programmeId", programme, "name", name,
                "address", "Kelan toimisto, Itäkatu 1, Helsinki",
                "agency", Map.of("code", agency, "name", "Kela " + agency, "kind", "KELA"),
                "deskAgreement", agreement);
    }

    public static String plan(String org, String location, YearMonth month) {
        return as("coordinator", org).body(Map.of("locationId", location, "month", month.toString()))
                .post("/api/scheduling/plans").then().statusCode(201).extract().path("id");
    }

    /** A shift with the default needed count (the desk's guides, or 1). */
    public static String shift(String org, String plan, LocalDate day, String start, String end) {
        return addShift(org, plan, Map.of("date", day.toString(), "start", start, "end", end));
    }

    public static String shift(String org, String plan, LocalDate day, String start, String end, int needed) {
        return addShift(org, plan, Map.of("date", day.toString(), "start", start, "end", end, "needed", needed));
    }

    private static String addShift(String org, String plan, Map<String, Object> shift) {
        return as("coordinator", org).body(shift).post("/api/scheduling/plans/" + plan + "/shifts")
                .then().statusCode(201).extract().path("id");
    }

    public static io.restassured.response.Response assign(String org, String shift, UUID peer) {
        return assign(org, shift, Map.of("participantId", peer));
    }

    public static io.restassured.response.Response assign(String org, String shift, UUID peer, String reason) {
        return assign(org, shift, Map.of("participantId", peer, "reason", reason));
    }

    private static io.restassured.response.Response assign(String org, String shift, Map<String, Object> body) {
        return as("coordinator", org).body(body).post("/api/scheduling/shifts/" + shift + "/assignments");
    }

    public static void publish(String org, String plan) {
        as("coordinator", org).post("/api/scheduling/plans/" + plan + "/publish").then().statusCode(200);
    }

    /** A Monday at least {@code weeksAhead} weeks from now, in the same month as the rest of its week. */
    public static LocalDate mondayAhead(int weeksAhead) {
        LocalDate d = LocalDate.now().plusWeeks(weeksAhead).with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY));
        while (!YearMonth.from(d).equals(YearMonth.from(d.plusDays(6)))) {
            d = d.plusWeeks(1);
        }
        return d;
    }
}
