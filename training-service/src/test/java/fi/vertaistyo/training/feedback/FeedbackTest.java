package fi.vertaistyo.training.feedback;

import static fi.vertaistyo.training.TrainingWorld.BASE;
import static fi.vertaistyo.training.TrainingWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import fi.vertaistyo.training.TrainingWorld;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FeedbackTest {

    TrainingWorld world;
    UUID term;

    @BeforeEach
    void world() {
        world = new TrainingWorld();
        term = world.newTerm(LocalDate.now().minusMonths(3), 10);
    }

    @Inject
    EntityManager em;

    UUID enrolledPeer(String name) {
        UUID peer = world.newPeer(name);
        world.enrol(term, peer).then().statusCode(200);
        return peer;
    }

    void answer(UUID peer, int overall, String comment) {
        Map<String, Object> form = new java.util.HashMap<>(Map.of("overall", overall, "content", 4, "trainers", 5));
        if (comment != null) {
            form.put("comment", comment);
        }
        as(world.peerToken(peer)).body(form).post(BASE + "/my/terms/" + term + "/feedback").then().statusCode(204);
    }

    @Test
    void eachEnrolledPeerAnswersOnceAndTheSummaryWaitsForThreeAnswers() {
        List<UUID> peers = new ArrayList<>();
        for (String name : List.of("A", "B", "C")) {
            peers.add(enrolledPeer(name));
        }
        answer(peers.get(0), 5, "Very useful");
        as(world.peerToken(peers.get(0))).body(Map.of("overall", 1, "content", 1, "trainers", 1))
                .post(BASE + "/my/terms/" + term + "/feedback").then().statusCode(409)
                .body("reason", equalTo("FEEDBACK_ALREADY_GIVEN"));
        answer(peers.get(1), 4, null);

        world.asCoordinator().get(BASE + "/terms/" + term + "/feedback").then().statusCode(200)
                .body("responses", equalTo(2)).body("overall", nullValue()).body("comments", nullValue());

        answer(peers.get(2), 3, "More about online services");
        JsonPath summary = world.asCoordinator().get(BASE + "/terms/" + term + "/feedback").then().statusCode(200)
                .extract().jsonPath();
        assertThat(summary.getInt("responses")).isEqualTo(3);
        assertThat(summary.getDouble("overall")).isEqualTo(4.0);
        assertThat(summary.getInt("overallDistribution.5")).isEqualTo(1);
        assertThat(summary.getList("comments")).containsExactlyInAnyOrder("Very useful", "More about online services");
    }

    @Test
    void answersCannotBeTracedToWhoGaveThem() {
        UUID peer = enrolledPeer("Anonymous");
        answer(peer, 2, "Too fast");
        @SuppressWarnings("unchecked")
        List<String> columns = em.createNativeQuery("""
                select column_name from information_schema.columns where table_name = 'course_feedback'""")
                .getResultList();
        assertThat(columns).doesNotContain("participant_id", "given_at");
    }

    @Test
    void onlyPeersEnrolledInTheTermAnswerAndRatingsAreChecked() {
        UUID outsider = world.newPeer("Outsider");
        as(world.peerToken(outsider)).body(Map.of("overall", 5, "content", 5, "trainers", 5))
                .post(BASE + "/my/terms/" + term + "/feedback").then().statusCode(404);
        UUID peer = enrolledPeer("Rater");
        as(world.peerToken(peer)).body(Map.of("overall", 6, "content", 0, "trainers", 5))
                .post(BASE + "/my/terms/" + term + "/feedback").then().statusCode(400)
                .contentType("application/problem+json").body("violations.size()", equalTo(2));
    }
}
