package fi.vertaistyo.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Erasure on request across the platform (GDPR art. 17): a person with distinctive values in every
 * service — contacts, agreement, consent, pathway, login, shifts, an absence, an attendance correction,
 * their feedback, training and activity money — is erased; then no text or JSON column of the four
 * databases (outboxes and inboxes included) and no record of any topic still holds any of those values,
 * and the activity-money ledger's totals are what they were. Runs in the organisation "testaus".
 */
class ErasureIT {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final String COORDINATOR = "testaus-coordinator";
    static final String OFFICER = "testaus-payout";
    static final String PEER = "testaus-peer";

    static RequestSpecification coordinator() {
        return Platform.as(COORDINATOR).contentType(ContentType.JSON);
    }

    @Test
    void anErasedPersonLeavesNoValueInAnyDatabaseOrTopicAndTheLedgerTotalsStay() throws Exception {
        String mark = "Erz" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String phone = "+358 40 " + (1_000_000 + (int) (Math.random() * 8_999_999));
        Set<String> values = Set.of(mark, phone);
        YearMonth last = YearMonth.now().minusMonths(1);

        String programme = workProgramme();
        String person = coordinator().body(Map.of("displayName", mark + " Näyttö", "legalName", mark + " Laillinen",
                        "email", mark.toLowerCase() + "@example.org", "phone", phone, "preferredLanguage", "fi"))
                .post("/api/participants").then().statusCode(201).extract().path("id");
        String agreement = coordinator().body(Map.of("programmeId", programme, "startsOn", last.atDay(1).toString(),
                        "endsOn", last.plusMonths(2).atEndOfMonth().toString(), "daysPerWeek", 3, "minutesPerDay", 210,
                        "tasks", "Aulapalvelu, " + mark))
                .post("/api/participants/" + person + "/agreements").then().statusCode(201).extract().path("id");
        coordinator().body(Map.of("signedOn", last.atDay(1).toString()))
                .post("/api/participants/" + person + "/agreements/" + agreement + "/confidentiality").then().statusCode(200);
        coordinator().body(Map.of("rulesVersion", 1, "acceptedOn", last.atDay(1).toString()))
                .post("/api/participants/" + person + "/agreements/" + agreement + "/rules-acceptance").then().statusCode(200);
        coordinator().body(Map.of("purpose", "FOLLOW_UP_CONTACT")).post("/api/participants/" + person + "/consents")
                .then().statusCode(200);
        coordinator().body(Map.of("programmeId", programme, "moment", "EXIT", "outcome", "APPRENTICESHIP",
                "recordedOn", LocalDate.now().toString())).post("/api/participants/" + person + "/pathways")
                .then().statusCode(201);
        String peerToken = Platform.freshUserToken(PEER);
        coordinator().body(Map.of("subject", subjectOf(peerToken))).put("/api/participants/" + person + "/account")
                .then().statusCode(200);

        // Shifts last month: one worked (confirmed, then corrected with a reason), one missed (an absence).
        String location = coordinator().body(Map.of("kind", "PROGRAMME_SITE", "programmeId", programme,
                        "name", "Erasure test lobby", "address", "Testikatu 3"))
                .post("/api/scheduling/locations").then().statusCode(201).extract().path("id");
        String plan = coordinator().body(Map.of("locationId", location, "month", last.toString()))
                .post("/api/scheduling/plans").then().statusCode(201).extract().path("id");
        String worked = shift(plan, last.atDay(10));
        String missed = shift(plan, last.atDay(12));
        for (String shift : List.of(worked, missed)) {
            await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> coordinator()
                    .body(Map.of("participantId", person)).post("/api/scheduling/shifts/" + shift + "/assignments")
                    .statusCode() == 200);
        }
        coordinator().post("/api/scheduling/plans/" + plan + "/publish").then().statusCode(200);
        coordinator().body(Map.of("participantId", person, "noNotice", false, "reason", "Flunssa, " + mark))
                .post("/api/scheduling/shifts/" + missed + "/absences").then().statusCode(201);
        coordinator().body("{}").post("/api/scheduling/shifts/" + worked + "/attendance").then().statusCode(200);
        coordinator().body(Map.of("minutes", 90, "reason", "Lähti aiemmin, " + mark))
                .put("/api/scheduling/shifts/" + worked + "/attendance/" + person).then().statusCode(200);
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> Platform.anonymous().auth()
                .oauth2(peerToken).contentType(ContentType.JSON)
                .body(Map.of("helpKinds", List.of("JUST_TALKING"), "peopleHelped", 3, "rating", 5,
                        "text", "Hyvä päivä, " + mark))
                .post("/api/scheduling/my/shifts/" + worked + "/feedback").statusCode() == 201);

        // Training: enrolled on a term, a lesson attended with a remark about them.
        String remarkedLesson = trainingWithARemark(person, mark);
        assertThat(remarkedLesson).isNotBlank();

        // Money: 1.5 h at 2 €/h, wherever the month's state put it.
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> ledger(person, last).totalCents() == 300);
        Ledger before = ledger(person, last);
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> List.of("/api/scheduling/peers",
                "/api/training/peers").stream().allMatch(path -> displayNameIn(COORDINATOR, path, person).startsWith(mark))
                && displayNameIn(OFFICER, "/api/payouts/peers", person).startsWith(mark));
        // Before erasure the search finds them: in each service's tables, and on the identities topic.
        List<String> held = ErasureTraces.inDatabases(values);
        assertThat(held).as("before erasure").anyMatch(f -> f.startsWith("participant.participant.legal_name"))
                .anyMatch(f -> f.startsWith("scheduling.shift_feedback.free_text"))
                .anyMatch(f -> f.startsWith("scheduling.absence.reason"))
                .anyMatch(f -> f.startsWith("training.session_attendance.remark"))
                .anyMatch(f -> f.startsWith("payout.known_peer.display_name"));
        assertThat(ErasureTraces.inTopics(values)).as("before erasure")
                .anyMatch(f -> f.startsWith("participant-identities.v1@"));

        JsonPath erasure = coordinator().body(Map.of("requestReceivedOn", LocalDate.now().toString()))
                .post("/api/participants/" + person + "/erasure").then().statusCode(200).extract().jsonPath();
        String pseudonym = erasure.getString("pseudonym");
        assertThat(erasure.getList("kept")).contains("PAYOUT_LEDGER", "AUDIT_LOG", "TRAINING_COUNTS");

        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> List.of("/api/scheduling/peers",
                "/api/training/peers").stream().allMatch(path -> pseudonym.equals(displayNameIn(COORDINATOR, path, person)))
                && pseudonym.equals(displayNameIn(OFFICER, "/api/payouts/peers", person)));
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(ErasureTraces.inDatabases(values)).isEmpty());

        // Compaction cleans only closed segments: a later record on the identities topic closes the one
        // holding the pseudonym, then the log cleaner drops the older records of the person.
        Thread.sleep(2_500);
        coordinator().body(Map.of("displayName", "Erasure nudge", "legalName", "System Test Person"))
                .post("/api/participants").then().statusCode(201);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(ErasureTraces.inTopics(values)).isEmpty());

        assertThat(ledger(person, last)).as("the ledger keeps every amount and date").isEqualTo(before);
        assertThat(Platform.anonymous().auth().oauth2(peerToken).get("/api/participants/me").statusCode())
                .as("the login link is cut").isEqualTo(404);
    }

    static String workProgramme() {
        String code = "erasure-work";
        Response existing = coordinator().get("/api/participants/programmes");
        String id = existing.then().statusCode(200).extract().jsonPath().getString("find { it.code == '" + code + "' }.id");
        if (id != null) {
            return id;
        }
        return coordinator().body(Map.of("code", code, "name", "Erasure test work activity", "kind", "WORK_ACTIVITY",
                        "rules", Map.of("validFrom", "2026-01-01", "activityMoneyCentsPerHour", 200,
                                "activityMoneyDailyCapCents", 1200, "maxAgreementMonths", 6, "minDaysPerWeek", 2,
                                "maxDaysPerWeek", 3, "minutesPerDay", 210, "absenceNoticeHours", 24)))
                .post("/api/participants/programmes").then().statusCode(201).extract().path("id");
    }

    static String shift(String plan, LocalDate day) {
        return coordinator().body(Map.of("date", day.toString(), "start", "08:30", "end", "12:00"))
                .post("/api/scheduling/plans/" + plan + "/shifts").then().statusCode(201).extract().path("id");
    }

    static String trainingWithARemark(String person, String mark) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String programme = coordinator().body(Map.of("code", "erasure-" + tag, "name", "Erasure test training " + tag,
                        "qualificationCode", "erasure-" + tag + "-diploma",
                        "modules", List.of(Map.of("code", "basics", "title", "Basics"))))
                .post("/api/training/programmes").then().statusCode(201).extract().path("id");
        String trainer = coordinator().body(Map.of("name", "Erasure test trainer", "topics", List.of("Basics")))
                .post("/api/training/trainers").then().statusCode(201).extract().path("id");
        String term = coordinator().body(Map.of("programmeId", programme, "name", "Erasure test term " + tag,
                        "startsOn", LocalDate.now().minusDays(30).toString(), "endsOn", LocalDate.now().plusDays(30).toString(),
                        "capacity", 5))
                .post("/api/training/terms").then().statusCode(201).extract().path("id");
        OffsetDateTime lessonAt = OffsetDateTime.now(ZoneOffset.UTC).minusDays(7).withNano(0);
        String lesson = coordinator().body(Map.of("kind", "TEACHING", "moduleCode", "basics", "trainerId", trainer,
                        "startsAt", lessonAt.toString(), "endsAt", lessonAt.plusHours(3).toString(), "place", "Testitila"))
                .post("/api/training/terms/" + term + "/sessions").then().statusCode(201).extract().path("id");
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> coordinator()
                .body(Map.of("participantId", person)).post("/api/training/terms/" + term + "/enrolments").statusCode() == 200);
        coordinator().body(Map.of("entries", List.of(Map.of("participantId", person, "status", "LATE",
                        "remark", "Myöhästyi bussin takia, " + mark))))
                .put("/api/training/sessions/" + lesson + "/attendance").then().statusCode(200);
        return lesson;
    }

    /** The person's activity money for the month worked (wherever it was posted): total and entries. */
    record Ledger(long totalCents, List<Object> entries) {
    }

    static Ledger ledger(String person, YearMonth worked) {
        for (YearMonth month = worked; !month.isAfter(YearMonth.now()); month = month.plusMonths(1)) {
            Response response = Platform.as(OFFICER).get("/api/payouts/statements/" + month + "/" + person);
            if (response.statusCode() == 200) {
                JsonPath statement = response.jsonPath();
                return new Ledger(statement.getLong("statement.totalCents"), statement.getList("entries"));
            }
        }
        return new Ledger(0, List.of());
    }

    static String displayNameIn(String user, String path, String person) {
        String name = Platform.as(user).get(path).then().statusCode(200).extract().jsonPath()
                .getString("find { it.participantId == '" + person + "' }.displayName");
        return name == null ? "" : name;
    }

    static String subjectOf(String token) throws Exception {
        byte[] payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
        return new ObjectMapper().readTree(new String(payload, StandardCharsets.UTF_8)).path("sub").asText();
    }
}
