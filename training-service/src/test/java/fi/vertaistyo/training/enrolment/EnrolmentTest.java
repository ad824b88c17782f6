package fi.vertaistyo.training.enrolment;

import static fi.vertaistyo.training.TrainingWorld.BASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fi.vertaistyo.training.TrainingWorld;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import fi.vertaistyo.kit.time.Helsinki;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EnrolmentTest {

    TrainingWorld world;

    @BeforeEach
    void world() {
        world = new TrainingWorld();
    }

    JsonPath enrolments(UUID term) {
        return world.asCoordinator().get(BASE + "/terms/" + term + "/enrolments").then().statusCode(200).extract().jsonPath();
    }

    String statusOf(UUID term, UUID peer) {
        return enrolments(term).getString("find { it.participantId == '" + peer + "' }.status");
    }

    @Test
    void whenTheTermIsFullPeersWaitInLineAndMoveUpInOrder() {
        UUID term = world.newTerm(LocalDate.of(2027, 1, 11), 2);
        UUID a = world.newPeer("A"), b = world.newPeer("B"), c = world.newPeer("C"), d = world.newPeer("D");
        world.enrol(term, a).then().statusCode(200).body("status", equalTo("ENROLLED"));
        world.enrol(term, b).then().statusCode(200).body("status", equalTo("ENROLLED"));
        world.enrol(term, c).then().statusCode(200).body("status", equalTo("WAITING")).body("waitingPosition", equalTo(1))
                .body("followUpDueOn", equalTo(null));
        String dEnrolment = world.enrol(term, d).then().statusCode(200).body("waitingPosition", equalTo(2))
                .extract().path("id");
        world.enrol(term, c).then().statusCode(409).body("reason", equalTo("ALREADY_ENROLLED"));

        String aEnrolment = enrolments(term).getString("find { it.participantId == '" + a + "' }.id");
        world.asCoordinator().post(BASE + "/terms/" + term + "/enrolments/" + aEnrolment + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        assertThat(statusOf(term, c)).isEqualTo("ENROLLED");
        assertThat(statusOf(term, d)).isEqualTo("WAITING");
        assertThat(enrolments(term).getInt("find { it.participantId == '" + d + "' }.waitingPosition")).isEqualTo(1);
        assertThat(enrolments(term).getString("find { it.participantId == '" + c + "' }.followUpDueOn"))
                .isEqualTo("2027-07-11");

        // withdrawing from the line frees no place; coming back puts one at the end of the line
        world.asCoordinator().post(BASE + "/terms/" + term + "/enrolments/" + dEnrolment + "/withdrawal").then().statusCode(200);
        world.enrol(term, a).then().statusCode(200).body("status", equalTo("WAITING")).body("waitingPosition", equalTo(1));
        world.asCoordinator().post(BASE + "/terms/" + term + "/enrolments/" + dEnrolment + "/withdrawal")
                .then().statusCode(409).body("reason", equalTo("ALREADY_WITHDRAWN"));
    }

    @Test
    void theFollowUpIsDueSixMonthsAfterTheStartTrainingOnTheMonthsLastDayWhenNeeded() {
        Map<String, String> expected = Map.of(
                "2026-08-31", "2027-02-28",
                "2027-08-31", "2028-02-29",
                "2026-03-31", "2026-09-30",
                "2026-01-15", "2026-07-15",
                "2026-12-31", "2027-06-30");
        expected.forEach((start, due) -> {
            UUID term = world.newTerm(LocalDate.parse(start), 5);
            UUID peer = world.newPeer("Peer " + start);
            world.enrol(term, peer).then().statusCode(200).body("followUpDueOn", equalTo(due));
        });

        List<String> listed = world.asCoordinator().queryParam("from", "2026-01-01").queryParam("to", "2028-12-31")
                .get(BASE + "/follow-ups").then().statusCode(200).extract().jsonPath().getList("dueOn");
        assertThat(listed).containsExactly("2026-07-15", "2026-09-30", "2027-02-28", "2027-06-30", "2028-02-29");
    }

    @Test
    void theFollowUpIsRecordedAndGoesAwayWithAWithdrawal() {
        UUID term = world.newTerm(LocalDate.of(2026, 5, 4), 5);
        UUID peer = world.newPeer("Pete");
        String enrolment = world.enrol(term, peer).then().statusCode(200).extract().path("id");
        String followUp = world.asCoordinator().queryParam("from", "2026-11-04").queryParam("to", "2026-11-04")
                .get(BASE + "/follow-ups").then().statusCode(200).body("size()", equalTo(1)).extract().path("[0].id");

        world.asCoordinator().body(Map.of("meetingOn", "2026-11-10", "heldOn", "2026-11-10", "note", "Going well"))
                .put(BASE + "/follow-ups/" + followUp).then().statusCode(200)
                .body("heldOn", equalTo("2026-11-10")).body("displayName", equalTo("Pete"));
        world.asCoordinator().body(Map.of("heldOn", "2026-04-01")).put(BASE + "/follow-ups/" + followUp)
                .then().statusCode(400);
        world.asCoordinator().body(Map.of("heldOn", LocalDate.now().plusDays(3).toString()))
                .put(BASE + "/follow-ups/" + followUp).then().statusCode(400);
        // "Today" is a Helsinki day, also between midnight in Helsinki and midnight UTC.
        world.asCoordinator().body(Map.of("heldOn", LocalDate.now(Helsinki.ZONE).toString()))
                .put(BASE + "/follow-ups/" + followUp).then().statusCode(200);

        world.asCoordinator().post(BASE + "/terms/" + term + "/enrolments/" + enrolment + "/withdrawal").then().statusCode(200);
        world.asCoordinator().queryParam("from", "2026-11-04").queryParam("to", "2026-11-04")
                .get(BASE + "/follow-ups").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void anotherOrganisationsTermsAndPeersDoNotExist() {
        UUID term = world.newTerm(LocalDate.of(2027, 1, 11), 5);
        TrainingWorld other = new TrainingWorld();
        UUID theirs = other.newPeer("Theirs");

        world.enrol(term, theirs).then().statusCode(404).contentType("application/problem+json");
        other.enrol(term, theirs).then().statusCode(404);
        other.asCoordinator().get(BASE + "/terms/" + term + "/enrolments").then().statusCode(404);
        world.asCoordinator().body(Map.of()).post(BASE + "/terms/" + term + "/enrolments").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.containsString("participantId"));
    }
}
