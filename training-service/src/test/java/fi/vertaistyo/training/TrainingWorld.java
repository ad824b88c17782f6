package fi.vertaistyo.training;

import fi.vertaistyo.kit.testing.TestTokens;
import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One organisation's training set up through the API: a coordinator, a programme, a trainer with a
 * linked login, terms, sessions and peers. Peers are put straight into the participants.v1 projection
 * (ParticipantEventsConsumerTest covers how they get there over Kafka).
 */
public final class TrainingWorld {

    public static final String BASE = "/api/training";
    public static final String QUALIFICATION = "fattaluuta-diploma";

    public final String org = TestTokens.newOrganisation();
    public final String coordinator = TestTokens.token("coordinator", org);
    public final String trainerSubject = UUID.randomUUID().toString();
    public final String trainerToken = TestTokens.tokenFor(trainerSubject, "trainer", org);
    public final UUID programmeId;
    public final UUID trainerId;

    public TrainingWorld() {
        programmeId = UUID.fromString(asCoordinator().body(Map.of("code", "fattaluuta-start", "name", "Fattaluuta start training",
                "qualificationCode", QUALIFICATION, "modules", List.of(
                        Map.of("code", "service-system", "title", "The service system"),
                        Map.of("code", "online-services", "title", "Online services"),
                        Map.of("code", "encounters", "title", "Meeting clients"))))
                .post(BASE + "/programmes").then().statusCode(201).extract().path("id"));
        trainerId = newTrainer("Tuula Trainer");
        asCoordinator().body(Map.of("subject", trainerSubject)).put(BASE + "/trainers/" + trainerId + "/account")
                .then().statusCode(200);
    }

    public RequestSpecification asCoordinator() {
        return as(coordinator);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public UUID newTrainer(String name) {
        return UUID.fromString(asCoordinator().body(Map.of("name", name, "email", "trainer@example.org",
                "topics", List.of("Kela benefits"))).post(BASE + "/trainers").then().statusCode(201).extract().path("id"));
    }

    /** A term with the given capacity and the default rules (80 %, all four components). */
    public UUID newTerm(LocalDate startsOn, int capacity) {
        return newTerm(Map.of("programmeId", programmeId, "name", "Term " + startsOn, "startsOn", startsOn.toString(),
                "endsOn", startsOn.plusMonths(3).toString(), "capacity", capacity));
    }

    public UUID newTerm(Map<String, Object> body) {
        return UUID.fromString(asCoordinator().body(body).post(BASE + "/terms").then().statusCode(201).extract().path("id"));
    }

    public UUID teachingSession(UUID termId, OffsetDateTime startsAt) {
        return session(termId, "TEACHING", trainerId, startsAt);
    }

    public UUID examSession(UUID termId, OffsetDateTime startsAt) {
        return session(termId, "EXAM", trainerId, startsAt);
    }

    public UUID session(UUID termId, String kind, UUID trainer, OffsetDateTime startsAt) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("kind", kind, "trainerId", trainer,
                "startsAt", startsAt.toString(), "endsAt", startsAt.plusHours(3).toString(), "place", "Stop Huumeille, Helsinki"));
        if (kind.equals("TEACHING")) {
            body.put("moduleCode", "service-system");
        }
        return UUID.fromString(asCoordinator().body(body).post(BASE + "/terms/" + termId + "/sessions")
                .then().statusCode(201).extract().path("id"));
    }

    /** A peer of this organisation; with a login of its own (returns the peer's token via {@link #peerToken}). */
    public UUID newPeer(String displayName) {
        UUID id = UUID.randomUUID();
        String subject = "peer-" + id;
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("""
                        insert into known_peer (participant_id, organisation, display_name, status, known_since, account_key)
                        values (?1, ?2, ?3, 'ACTIVE', now(), ?4)""")
                .setParameter(1, id).setParameter(2, org).setParameter(3, displayName)
                .setParameter(4, TestTokens.ISSUER + "#" + subject).executeUpdate());
        return id;
    }

    public String peerToken(UUID participantId) {
        return TestTokens.tokenFor("peer-" + participantId, "peer", org);
    }

    public Response enrol(UUID termId, UUID participantId) {
        return asCoordinator().body(Map.of("participantId", participantId)).post(BASE + "/terms/" + termId + "/enrolments");
    }

    public void attendance(UUID sessionId, UUID participantId, String status) {
        asCoordinator().body(Map.of("entries", List.of(Map.of("participantId", participantId, "status", status))))
                .put(BASE + "/sessions/" + sessionId + "/attendance").then().statusCode(200);
    }

    public void result(UUID sessionId, UUID participantId, String component, boolean passed) {
        asCoordinator().body(Map.of("participantId", participantId, "component", component, "passed", passed))
                .post(BASE + "/sessions/" + sessionId + "/exam-results").then().statusCode(200);
    }

    public void passAll(UUID examSession, UUID participantId) {
        for (String component : List.of("ORAL", "WRITTEN", "FORMS", "PRACTICAL")) {
            result(examSession, participantId, component, true);
        }
    }

    public Response award(UUID termId, UUID participantId) {
        return asCoordinator().body(Map.of("participantId", participantId)).post(BASE + "/terms/" + termId + "/diplomas");
    }

    public static OffsetDateTime daysAgo(int days) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusDays(days).withHour(9).withMinute(0).withSecond(0).withNano(0);
    }
}
