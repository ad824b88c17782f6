package fi.vertaistyo.training.diploma;

import static fi.vertaistyo.training.TrainingWorld.BASE;
import static fi.vertaistyo.training.TrainingWorld.daysAgo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import fi.vertaistyo.kit.testing.TestKafka;
import fi.vertaistyo.kit.testing.TestSchemas;
import fi.vertaistyo.training.TrainingWorld;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DiplomaTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Helsinki"));

    /** A term with five teaching sessions (all held) and one exam session, and one enrolled peer. */
    record Cohort(TrainingWorld world, UUID term, List<UUID> lessons, UUID exam, UUID peer) {
    }

    Cohort cohort(int attended) {
        TrainingWorld world = new TrainingWorld();
        UUID term = world.newTerm(TODAY.minusMonths(2), 12);
        List<UUID> lessons = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lessons.add(world.teachingSession(term, daysAgo(40 - i * 7)));
        }
        UUID exam = world.examSession(term, daysAgo(5));
        UUID peer = world.newPeer("Sanna");
        world.enrol(term, peer).then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            world.attendance(lessons.get(i), peer, i < attended ? (i == 0 ? "LATE" : "PRESENT") : "ABSENT");
        }
        return new Cohort(world, term, lessons, exam, peer);
    }

    @Test
    void fourOfFiveSessionsIsEightyPercentAndEarnsTheDiploma() {
        Cohort c = cohort(4);
        c.world().passAll(c.exam(), c.peer());

        c.world().award(c.term(), c.peer()).then().statusCode(201)
                .body("qualificationCode", equalTo(TrainingWorld.QUALIFICATION))
                .body("validFrom", equalTo(TODAY.toString()))
                .body("verificationCode", org.hamcrest.Matchers.matchesPattern("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}"));
    }

    @Test
    void threeOfFiveSessionsIsBelowTheThresholdAndIsRefusedWithTheReason() {
        Cohort c = cohort(3);
        c.world().passAll(c.exam(), c.peer());

        c.world().award(c.term(), c.peer()).then().statusCode(409)
                .contentType("application/problem+json")
                .body("reason", equalTo("DIPLOMA_REQUIREMENTS_NOT_MET"))
                .body("detail", containsString("attendance 3/5 is below 80 %"));
        c.world().asCoordinator().get(BASE + "/terms/" + c.term() + "/diplomas").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void excusedAbsenceDoesNotCountAsAttended() {
        Cohort c = cohort(4);
        c.world().attendance(c.lessons().get(0), c.peer(), "EXCUSED");
        c.world().passAll(c.exam(), c.peer());

        c.world().award(c.term(), c.peer()).then().statusCode(409).body("detail", containsString("3/5"));
    }

    @Test
    void aFailedComponentBlocksTheDiplomaUntilARetakeIsPassed() {
        Cohort c = cohort(5);
        c.world().result(c.exam(), c.peer(), "ORAL", true);
        c.world().result(c.exam(), c.peer(), "WRITTEN", false);
        c.world().result(c.exam(), c.peer(), "FORMS", true);
        c.world().result(c.exam(), c.peer(), "PRACTICAL", true);
        c.world().award(c.term(), c.peer()).then().statusCode(409).body("detail", containsString("WRITTEN not passed"));

        UUID retake = c.world().examSession(c.term(), daysAgo(1));
        c.world().asCoordinator().body(Map.of("participantId", c.peer(), "component", "WRITTEN", "passed", true, "score", 71))
                .post(BASE + "/sessions/" + retake + "/exam-results").then().statusCode(200)
                .body("attempt", equalTo(2)).body("score", equalTo(71));

        JsonPath eligibility = c.world().asCoordinator().get(BASE + "/terms/" + c.term() + "/diplomas/eligibility")
                .then().statusCode(200).extract().jsonPath();
        assertThat(eligibility.getBoolean("[0].eligible")).isTrue();
        assertThat(eligibility.getInt("[0].attendance.percent")).isEqualTo(100);
        c.world().award(c.term(), c.peer()).then().statusCode(201);
    }

    @Test
    void aRetakeThatFailsAfterAPassTakesThePassAway() {
        Cohort c = cohort(5);
        c.world().passAll(c.exam(), c.peer());
        UUID retake = c.world().examSession(c.term(), daysAgo(1));
        c.world().result(retake, c.peer(), "FORMS", false);

        c.world().award(c.term(), c.peer()).then().statusCode(409).body("detail", containsString("FORMS not passed"));
    }

    @Test
    void theTermsRulesDecideWhichComponentsAndWhatThreshold() {
        TrainingWorld world = new TrainingWorld();
        UUID term = world.newTerm(Map.of("programmeId", world.programmeId, "name", "Short term",
                "startsOn", TODAY.minusMonths(1).toString(), "endsOn", TODAY.toString(), "capacity", 5,
                "attendanceThreshold", 50, "requiredComponents", List.of("ORAL", "FORMS")));
        UUID lesson1 = world.teachingSession(term, daysAgo(20));
        world.teachingSession(term, daysAgo(13));
        UUID exam = world.examSession(term, daysAgo(2));
        UUID peer = world.newPeer("Jussi");
        world.enrol(term, peer).then().statusCode(200);
        world.attendance(lesson1, peer, "PRESENT");
        world.result(exam, peer, "ORAL", true);
        world.result(exam, peer, "FORMS", true);

        world.award(term, peer).then().statusCode(201);
    }

    @Test
    void validFromMayBeTheGraduationDayButNotBeforeTheLastExamNorInTheFuture() {
        Cohort c = cohort(5);
        c.world().passAll(c.exam(), c.peer());
        LocalDate examDay = daysAgo(5).atZoneSameInstant(ZoneId.of("Europe/Helsinki")).toLocalDate();

        for (LocalDate wrong : List.of(examDay.minusDays(1), TODAY.plusDays(1))) {
            c.world().asCoordinator().body(Map.of("participantId", c.peer(), "validFrom", wrong.toString()))
                    .post(BASE + "/terms/" + c.term() + "/diplomas").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        c.world().asCoordinator().body(Map.of("participantId", c.peer(), "validFrom", examDay.toString()))
                .post(BASE + "/terms/" + c.term() + "/diplomas").then().statusCode(201)
                .body("validFrom", equalTo(examDay.toString()));
        c.world().award(c.term(), c.peer()).then().statusCode(409).body("reason", equalTo("DIPLOMA_ALREADY_AWARDED"));
    }

    @Test
    void awardAndRevocationArePublishedWithTheQualificationOnly() {
        Cohort c = cohort(5);
        c.world().passAll(c.exam(), c.peer());
        String diplomaId = c.world().award(c.term(), c.peer()).then().statusCode(201).extract().path("id");
        c.world().asCoordinator().body(Map.of("reason", "Broke the confidentiality agreement"))
                .post(BASE + "/diplomas/" + diplomaId + "/revocation").then().statusCode(200)
                .body("revokedOn", equalTo(TODAY.toString()));

        List<ConsumerRecord<String, String>> records = TestKafka.awaitRecords(
                TestKafka.config("vertaistyo.topics.qualifications"), c.peer().toString(), 2, Duration.ofSeconds(30));
        JsonNode awarded = TestSchemas.json(records.get(0).value());
        JsonNode revoked = TestSchemas.json(records.get(1).value());
        assertThat(TestSchemas.validate("qualification.diploma-awarded.v1", awarded)).isEmpty();
        assertThat(TestSchemas.validate("qualification.diploma-revoked.v1", revoked)).isEmpty();
        assertThat(awarded.path("data").path("diplomaId").asText()).isEqualTo(diplomaId);
        assertThat(awarded.path("data").path("organisation").asText()).isEqualTo(c.world().org);
        assertThat(revoked.path("data").path("revokedOn").asText()).isEqualTo(TODAY.toString());
        assertThat(records.get(0).value() + records.get(1).value())
                .doesNotContain("confidentiality", "Sanna", "score", "attendance", "verification");
    }

    @Test
    void revocationIsRefusedTwiceAndNeverBackdated() {
        Cohort c = cohort(5);
        c.world().passAll(c.exam(), c.peer());
        String diplomaId = c.world().award(c.term(), c.peer()).then().statusCode(201).extract().path("id");
        String path = BASE + "/diplomas/" + diplomaId + "/revocation";

        c.world().asCoordinator().body(Map.of("reason", "x", "revokedOn", TODAY.minusDays(1).toString())).post(path)
                .then().statusCode(400);
        c.world().asCoordinator().body(Map.of("reason", " ")).post(path).then().statusCode(400);
        c.world().asCoordinator().body(Map.of("reason", "Left the programme", "revokedOn", TODAY.plusDays(7).toString()))
                .post(path).then().statusCode(200);
        c.world().asCoordinator().body(Map.of("reason", "again")).post(path).then().statusCode(409)
                .body("reason", equalTo("DIPLOMA_ALREADY_REVOKED"));
        new TrainingWorld().asCoordinator().body(Map.of("reason", "not ours")).post(path).then().statusCode(404);
    }

    @Test
    void verificationTellsValidityAndNothingElseToAnyone() {
        Cohort c = cohort(5);
        c.world().passAll(c.exam(), c.peer());
        JsonPath diploma = c.world().award(c.term(), c.peer()).then().statusCode(201).extract().jsonPath();
        String code = diploma.getString("verificationCode");
        String verify = BASE + "/diplomas/verification/";

        JsonPath valid = given().get(verify + code).then().statusCode(200)
                .header("Cache-Control", containsString("no-store")).extract().jsonPath();
        assertThat(valid.getMap("")).isEqualTo(Map.of("valid", true));
        given().get(verify + code.toLowerCase().replace("-", " ")).then().statusCode(200).body("valid", equalTo(true));

        String unknown = given().get(verify + "AAAA-BBBB-CCCC-DDDD").then().statusCode(200).extract().asString();
        String malformed = given().get(verify + "not-a-code").then().statusCode(200).extract().asString();
        c.world().asCoordinator().body(Map.of("reason", "Revoked for the test"))
                .post(BASE + "/diplomas/" + diploma.getString("id") + "/revocation").then().statusCode(200);
        String revoked = given().get(verify + code).then().statusCode(200).extract().asString();
        assertThat(List.of(unknown, malformed, revoked)).allMatch(body -> body.equals("{\"valid\":false}"));
    }
}
