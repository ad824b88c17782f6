package fi.vertaistyo.training.attendance;

import static fi.vertaistyo.training.TrainingWorld.BASE;
import static fi.vertaistyo.training.TrainingWorld.as;
import static fi.vertaistyo.training.TrainingWorld.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fi.vertaistyo.kit.testing.TestTokens;
import fi.vertaistyo.training.TrainingWorld;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttendanceTest {

    TrainingWorld world;
    UUID term;
    UUID sanna;
    UUID pete;

    @BeforeEach
    void enrolTwo() {
        world = new TrainingWorld();
        term = world.newTerm(LocalDate.now().minusMonths(1), 10);
        sanna = world.newPeer("Sanna");
        pete = world.newPeer("Pete");
        world.enrol(term, sanna).then().statusCode(200);
        world.enrol(term, pete).then().statusCode(200);
    }

    Map<String, Object> roll(Object... entries) {
        return Map.of("entries", List.of(entries));
    }

    @Test
    void theTrainerRecordsTheRollOfTheirOwnSessionWithRemarks() {
        UUID session = world.teachingSession(term, daysAgo(3));
        JsonPath roll = as(world.trainerToken).body(roll(
                        Map.of("participantId", sanna, "status", "LATE", "remark", "Bus was late"),
                        Map.of("participantId", pete, "status", "EXCUSED")))
                .put(BASE + "/sessions/" + session + "/attendance").then().statusCode(200).extract().jsonPath();
        assertThat(roll.getList("displayName")).containsExactly("Pete", "Sanna");
        assertThat(roll.getList("status")).containsExactly("EXCUSED", "LATE");
        assertThat(roll.getString("[1].remark")).isEqualTo("Bus was late");

        // a correction replaces what was recorded
        as(world.trainerToken).body(roll(Map.of("participantId", pete, "status", "PRESENT")))
                .put(BASE + "/sessions/" + session + "/attendance").then().statusCode(200)
                .body("find { it.displayName == 'Pete' }.status", equalTo("PRESENT"));
        as(world.trainerToken).get(BASE + "/my/teaching").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.contains(session.toString()));
    }

    @Test
    void aTrainerSeesNoSessionTheyDoNotTeach() {
        UUID colleague = world.newTrainer("Kalle Colleague");
        UUID session = world.session(term, "TEACHING", colleague, daysAgo(2));

        as(world.trainerToken).get(BASE + "/sessions/" + session).then().statusCode(404);
        as(world.trainerToken).get(BASE + "/sessions/" + session + "/attendance").then().statusCode(404);
        as(world.trainerToken).body(roll(Map.of("participantId", sanna, "status", "PRESENT")))
                .put(BASE + "/sessions/" + session + "/attendance").then().statusCode(404);
        as(world.trainerToken).get(BASE + "/sessions/" + session + "/exam-results").then().statusCode(404);
        // an unlinked trainer login teaches nothing
        as(TestTokens.token("trainer", world.org)).get(BASE + "/my/teaching").then().statusCode(200)
                .body("size()", equalTo(0));
        as(TestTokens.token("trainer", world.org)).get(BASE + "/sessions/" + session).then().statusCode(404);
    }

    @Test
    void onlyEnrolledParticipantsOfAStartedSessionAreRecorded() {
        UUID session = world.teachingSession(term, daysAgo(1));
        UUID coming = world.teachingSession(term, daysAgo(-2));
        UUID waiting = world.newPeer("Not enrolled");

        world.asCoordinator().body(roll(Map.of("participantId", waiting, "status", "PRESENT")))
                .put(BASE + "/sessions/" + session + "/attendance").then().statusCode(409)
                .body("reason", equalTo("NOT_ENROLLED"));
        world.asCoordinator().body(roll(Map.of("participantId", sanna, "status", "PRESENT")))
                .put(BASE + "/sessions/" + coming + "/attendance").then().statusCode(409)
                .body("reason", equalTo("SESSION_NOT_STARTED"));
        world.asCoordinator().body(roll(Map.of("participantId", sanna, "status", "PRESENT"),
                        Map.of("participantId", sanna, "status", "ABSENT")))
                .put(BASE + "/sessions/" + session + "/attendance").then().statusCode(400);
        world.asCoordinator().body(roll(Map.of("participantId", sanna, "status", "ASLEEP")))
                .put(BASE + "/sessions/" + session + "/attendance").then().statusCode(400)
                .contentType("application/problem+json");
        // nothing was half-written
        world.asCoordinator().get(BASE + "/sessions/" + session + "/attendance").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void examResultsAreRecordedInExamSessionsOnly() {
        UUID lesson = world.teachingSession(term, daysAgo(4));
        UUID exam = world.examSession(term, daysAgo(1));
        Map<String, Object> result = Map.of("participantId", sanna, "component", "ORAL", "passed", true, "score", 88);

        as(world.trainerToken).body(result).post(BASE + "/sessions/" + lesson + "/exam-results").then().statusCode(409)
                .body("reason", equalTo("NOT_AN_EXAM_SESSION"));
        as(world.trainerToken).body(result).post(BASE + "/sessions/" + exam + "/exam-results").then().statusCode(200)
                .body("examiner", equalTo("Tuula Trainer")).body("attempt", equalTo(1));
        as(world.trainerToken).body(Map.of("participantId", sanna, "component", "ORAL", "passed", true, "score", 101))
                .post(BASE + "/sessions/" + exam + "/exam-results").then().statusCode(400);
        as(world.trainerToken).get(BASE + "/sessions/" + exam + "/exam-results").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].score", equalTo(88));
    }
}
