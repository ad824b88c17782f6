package fi.vertaistyo.training.term;

import static fi.vertaistyo.training.TrainingWorld.BASE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import fi.vertaistyo.training.TrainingWorld;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TermTest {

    @Test
    void aTermKeepsItsCalendarAndRules() {
        TrainingWorld world = new TrainingWorld();
        UUID term = world.newTerm(java.time.LocalDate.of(2027, 1, 11), 12);
        world.teachingSession(term, java.time.OffsetDateTime.parse("2027-01-12T10:00:00+02:00"));
        world.asCoordinator().get(BASE + "/terms/" + term).then().statusCode(200)
                .body("attendanceThreshold", equalTo(80))
                .body("requiredComponents", equalTo(List.of("ORAL", "WRITTEN", "FORMS", "PRACTICAL")))
                .body("qualificationCode", equalTo(TrainingWorld.QUALIFICATION));
        world.asCoordinator().get(BASE + "/terms/" + term + "/sessions").then().statusCode(200)
                .body("[0].module", equalTo("The service system")).body("[0].trainer", equalTo("Tuula Trainer"));
        world.asCoordinator().get(BASE + "/programmes/" + world.programmeId).then().statusCode(200)
                .body("modules.code", equalTo(List.of("service-system", "online-services", "encounters")));
    }

    @Test
    void theCalendarShowsEveryTermsSessionsByHelsinkiDateAndOnlyTheOrganisations() {
        TrainingWorld world = new TrainingWorld();
        UUID spring = world.newTerm(java.time.LocalDate.of(2027, 1, 11), 12);
        UUID autumn = world.newTerm(java.time.LocalDate.of(2027, 1, 25), 12);
        world.teachingSession(spring, java.time.OffsetDateTime.parse("2027-02-01T00:30:00+02:00"));
        world.examSession(autumn, java.time.OffsetDateTime.parse("2027-02-28T18:00:00+02:00"));
        world.teachingSession(spring, java.time.OffsetDateTime.parse("2027-03-01T00:30:00+02:00"));
        TrainingWorld other = new TrainingWorld();
        other.teachingSession(other.newTerm(java.time.LocalDate.of(2027, 1, 11), 12),
                java.time.OffsetDateTime.parse("2027-02-10T10:00:00+02:00"));

        world.asCoordinator().queryParam("from", "2027-02-01").queryParam("to", "2027-02-28").get(BASE + "/sessions")
                .then().statusCode(200).body("termId", equalTo(List.of(spring.toString(), autumn.toString())))
                .body("kind", equalTo(List.of("TEACHING", "EXAM")));
        world.asCoordinator().queryParam("from", "2027-02-01").queryParam("to", "2027-06-01").get(BASE + "/sessions")
                .then().statusCode(400).body("detail", containsString("62 days"));
        world.asCoordinator().queryParam("from", "2027-02-31").queryParam("to", "2027-03-01").get(BASE + "/sessions")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void badInputIsAProblemNeverAFailureAndNothingIsWritten() {
        TrainingWorld world = new TrainingWorld();
        UUID term = world.newTerm(java.time.LocalDate.of(2027, 1, 11), 12);
        Map<String, Object> session = new HashMap<>(Map.of("kind", "TEACHING", "trainerId", world.trainerId,
                "startsAt", "2027-01-12T10:00:00+02:00", "endsAt", "2027-01-12T13:00:00+02:00", "place", "Stop"));
        String sessions = BASE + "/terms/" + term + "/sessions";

        world.asCoordinator().body(session).post(sessions).then().statusCode(400).body("detail", containsString("module"));
        session.put("moduleCode", "astrology");
        world.asCoordinator().body(session).post(sessions).then().statusCode(409)
                .body("reason", equalTo("MODULE_NOT_IN_CURRICULUM"));
        session.put("moduleCode", "encounters");
        session.put("endsAt", "2027-01-12T09:00:00+02:00");
        world.asCoordinator().body(session).post(sessions).then().statusCode(400);
        session.put("endsAt", "2027-01-12T13:00:00+02:00");
        session.remove("place");
        world.asCoordinator().body(session).post(sessions).then().statusCode(400).body("detail", containsString("place"));
        session.put("onlineLink", "javascript:alert(1)");
        world.asCoordinator().body(session).post(sessions).then().statusCode(400);
        session.put("onlineLink", "https://meet.example.org/fattaluuta");
        session.put("trainerId", new TrainingWorld().trainerId);
        world.asCoordinator().body(session).post(sessions).then().statusCode(404);
        world.asCoordinator().get(sessions).then().statusCode(200).body("size()", equalTo(0));

        world.asCoordinator().body("{\"name\": ").post(BASE + "/terms").then().statusCode(400)
                .contentType("application/problem+json");
        world.asCoordinator().body(Map.of("programmeId", world.programmeId, "name", "Backwards", "startsOn", "2027-02-01",
                "endsOn", "2027-01-01", "capacity", 5)).post(BASE + "/terms").then().statusCode(400);
        world.asCoordinator().body(Map.of("programmeId", world.programmeId, "name", "Nothing required",
                "startsOn", "2027-02-01", "endsOn", "2027-03-01", "capacity", 5, "requiredComponents", List.of()))
                .post(BASE + "/terms").then().statusCode(400);
        world.asCoordinator().body(Map.of("programmeId", UUID.randomUUID(), "name", "Nowhere", "startsOn", "2027-02-01",
                "endsOn", "2027-03-01", "capacity", 5)).post(BASE + "/terms").then().statusCode(404);
        world.asCoordinator().body(Map.of("code", "fattaluuta-start", "name", "Again", "qualificationCode", "x",
                "modules", List.of(Map.of("code", "a", "title", "A")))).post(BASE + "/programmes").then().statusCode(409)
                .body("reason", equalTo("PROGRAMME_CODE_TAKEN"));
        world.asCoordinator().body(Map.of("code", "Bad Code", "name", "x", "qualificationCode", "x",
                "modules", List.of())).post(BASE + "/programmes").then().statusCode(400).body("violations.size()", equalTo(2));
        world.asCoordinator().get(BASE + "/terms/not-an-id").then().statusCode(404).contentType("application/problem+json");
        new TrainingWorld().asCoordinator().get(BASE + "/terms/" + term).then().statusCode(404);
    }
}
