package fi.vertaistyo.training.mine;

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
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MyTrainingTest {

    @Test
    void aPeerSeesTheirOwnEnrolmentsSessionsResultsAndDiplomaOnly() {
        TrainingWorld world = new TrainingWorld();
        UUID term = world.newTerm(LocalDate.now().minusMonths(2), 1);
        UUID lesson = world.teachingSession(term, daysAgo(20));
        UUID exam = world.examSession(term, daysAgo(3));
        UUID sanna = world.newPeer("Sanna"), pete = world.newPeer("Pete");
        world.enrol(term, sanna).then().statusCode(200);
        world.enrol(term, pete).then().statusCode(200);
        world.attendance(lesson, sanna, "PRESENT");
        world.result(exam, sanna, "ORAL", false);
        UUID retake = world.examSession(term, daysAgo(1));
        world.result(retake, sanna, "ORAL", true);
        world.result(exam, sanna, "WRITTEN", true);
        world.result(exam, sanna, "FORMS", true);
        world.result(exam, sanna, "PRACTICAL", true);
        String code = world.award(term, sanna).then().statusCode(201).extract().path("verificationCode");

        String sannas = world.peerToken(sanna), petes = world.peerToken(pete);
        as(sannas).get(BASE + "/my/enrolments").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].status", equalTo("ENROLLED")).body("[0].term", equalTo("Term "
                        + LocalDate.now().minusMonths(2)));
        as(petes).get(BASE + "/my/enrolments").then().statusCode(200)
                .body("[0].status", equalTo("WAITING")).body("[0].waitingPosition", equalTo(1));
        as(sannas).get(BASE + "/my/sessions").then().statusCode(200).body("size()", equalTo(3))
                .body("find { it.session.id == '" + lesson + "' }.attendance", equalTo("PRESENT"));
        as(petes).get(BASE + "/my/sessions").then().statusCode(200).body("size()", equalTo(0));

        JsonPath results = as(sannas).get(BASE + "/my/results").then().statusCode(200).extract().jsonPath();
        assertThat(results.getInt("[0].attendance.percent")).isEqualTo(100);
        assertThat(results.getList("[0].examResults.findAll { it.component == 'ORAL' }.attempt")).containsExactly(1, 2);
        assertThat(results.getList("[0].examResults.participantId")).containsOnly(sanna.toString());
        assertThat(results.getBoolean("[0].diplomaRequirementsMet")).isTrue();
        as(sannas).get(BASE + "/my/diplomas").then().statusCode(200).body("[0].verificationCode", equalTo(code));
        as(petes).get(BASE + "/my/diplomas").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aLoginNotLinkedToAParticipantSeesNothingAndCannotSignUp() {
        TrainingWorld world = new TrainingWorld();
        String stranger = TestTokens.token("peer", world.org);
        as(stranger).get(BASE + "/my/enrolments").then().statusCode(200).body("size()", equalTo(0));
        as(stranger).get(BASE + "/my/results").then().statusCode(200).body("size()", equalTo(0));
        as(stranger).post(BASE + "/my/gatherings/" + UUID.randomUUID() + "/signup").then().statusCode(409)
                .body("reason", equalTo("LOGIN_NOT_LINKED"));
        // the same login presented with another organisation's claim is not the peer
        UUID peer = world.newPeer("Elsewhere");
        String sub = "peer-" + peer;
        as(TestTokens.tokenFor(sub, "peer", TestTokens.newOrganisation())).get(BASE + "/my/enrolments").then()
                .statusCode(200).body("size()", equalTo(0));
    }
}
