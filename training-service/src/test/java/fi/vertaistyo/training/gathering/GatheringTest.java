package fi.vertaistyo.training.gathering;

import static fi.vertaistyo.training.TrainingWorld.BASE;
import static fi.vertaistyo.training.TrainingWorld.as;
import static fi.vertaistyo.training.TrainingWorld.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fi.vertaistyo.training.TrainingWorld;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GatheringTest {

    TrainingWorld world;

    @BeforeEach
    void world() {
        world = new TrainingWorld();
    }

    String gathering(String kind, OffsetDateTime startsAt, Integer capacity, UUID termId) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "title", kind + " day", "startsAt", startsAt.toString(),
                "endsAt", startsAt.plusHours(4).toString(), "place", "Stop Huumeille"));
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        if (termId != null) {
            body.put("termId", termId);
        }
        return world.asCoordinator().body(body).post(BASE + "/gatherings").then().statusCode(201).extract().path("id");
    }

    @Test
    void peersSignUpThemselvesUntilThePlacesAreTaken() {
        String day = gathering("RECREATION_DAY", daysAgo(-10), 1, null);
        UUID sanna = world.newPeer("Sanna"), pete = world.newPeer("Pete");

        as(world.peerToken(sanna)).post(BASE + "/my/gatherings/" + day + "/signup").then().statusCode(200);
        as(world.peerToken(sanna)).post(BASE + "/my/gatherings/" + day + "/signup").then().statusCode(409)
                .body("reason", equalTo("ALREADY_SIGNED_UP"));
        as(world.peerToken(pete)).post(BASE + "/my/gatherings/" + day + "/signup").then().statusCode(409)
                .body("reason", equalTo("GATHERING_FULL"));
        String today = LocalDate.now().toString(), later = LocalDate.now().plusDays(30).toString();
        as(world.peerToken(sanna)).queryParam("from", today).queryParam("to", later).get(BASE + "/my/gatherings")
                .then().statusCode(200).body("[0].signedUp", equalTo(1)).body("[0].youAreSignedUp", equalTo(true));

        as(world.peerToken(sanna)).delete(BASE + "/my/gatherings/" + day + "/signup").then().statusCode(204);
        as(world.peerToken(pete)).post(BASE + "/my/gatherings/" + day + "/signup").then().statusCode(200);
        world.asCoordinator().get(BASE + "/gatherings/" + day + "/signups").then().statusCode(200)
                .body("displayName", org.hamcrest.Matchers.contains("Pete"));
    }

    @Test
    void supervisionIsForGuidesWithAValidDiploma() {
        String supervision = gathering("SUPERVISION", daysAgo(-3), null, null);
        UUID trainee = world.newPeer("Trainee");
        as(world.peerToken(trainee)).post(BASE + "/my/gatherings/" + supervision + "/signup").then().statusCode(409)
                .body("reason", equalTo("DIPLOMA_REQUIRED"));

        UUID term = world.newTerm(LocalDate.now().minusMonths(1), 5);
        UUID lesson = world.teachingSession(term, daysAgo(10));
        UUID exam = world.examSession(term, daysAgo(2));
        world.enrol(term, trainee).then().statusCode(200);
        world.attendance(lesson, trainee, "PRESENT");
        world.passAll(exam, trainee);
        world.award(term, trainee).then().statusCode(201);

        as(world.peerToken(trainee)).post(BASE + "/my/gatherings/" + supervision + "/signup").then().statusCode(200);
    }

    @Test
    void attendanceIsRecordedAfterTheDayIncludingWalkIns() {
        String day = gathering("DEVELOPMENT_DAY", daysAgo(1), null, null);
        UUID sanna = world.newPeer("Sanna"), pete = world.newPeer("Pete");
        as(world.peerToken(sanna)).post(BASE + "/my/gatherings/" + day + "/signup").then().statusCode(409)
                .body("reason", equalTo("GATHERING_STARTED"));

        world.asCoordinator().body(Map.of("entries", List.of(Map.of("participantId", sanna, "attended", true),
                        Map.of("participantId", pete, "attended", false))))
                .put(BASE + "/gatherings/" + day + "/attendance").then().statusCode(200)
                .body("size()", equalTo(2));
        world.asCoordinator().get(BASE + "/gatherings/" + day).then().statusCode(200)
                .body("signedUp", equalTo(2)).body("kind", equalTo("DEVELOPMENT_DAY"));
        new TrainingWorld().asCoordinator().get(BASE + "/gatherings/" + day).then().statusCode(404);
        String future = gathering("RECREATION_DAY", daysAgo(-5), null, null);
        world.asCoordinator().body(Map.of("entries", List.of(Map.of("participantId", sanna, "attended", true))))
                .put(BASE + "/gatherings/" + future + "/attendance").then().statusCode(409);
    }

    @Test
    void theYearNeedsTwoDevelopmentDaysAndEachTermAClosingOne() {
        UUID spring = world.newTerm(Map.of("programmeId", world.programmeId, "name", "Spring 2031",
                "startsOn", "2031-01-13", "endsOn", "2031-05-29", "capacity", 12));
        UUID autumn = world.newTerm(Map.of("programmeId", world.programmeId, "name", "Autumn 2031",
                "startsOn", "2031-08-25", "endsOn", "2031-12-12", "capacity", 12));
        gathering("DEVELOPMENT_DAY", OffsetDateTime.parse("2031-05-29T09:00:00+03:00"), null, spring);

        var check = world.asCoordinator().queryParam("year", "2031").get(BASE + "/gatherings/development-days")
                .then().statusCode(200).extract().jsonPath();
        assertThat(check.getInt("developmentDays")).isEqualTo(1);
        assertThat(check.getBoolean("atLeastTwo")).isFalse();
        assertThat(check.getList("termsWithoutClosingDay.termId")).containsExactly(autumn.toString());

        gathering("DEVELOPMENT_DAY", OffsetDateTime.parse("2031-12-12T09:00:00+02:00"), null, autumn);
        world.asCoordinator().queryParam("year", "2031").get(BASE + "/gatherings/development-days").then()
                .statusCode(200).body("atLeastTwo", equalTo(true)).body("termsWithoutClosingDay.size()", equalTo(0));
        world.asCoordinator().queryParam("year", "twenty").get(BASE + "/gatherings/development-days").then()
                .statusCode(400).contentType("application/problem+json");
    }
}
