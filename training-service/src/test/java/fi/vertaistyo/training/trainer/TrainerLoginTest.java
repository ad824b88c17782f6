package fi.vertaistyo.training.trainer;

import static fi.vertaistyo.training.TrainingWorld.BASE;
import static fi.vertaistyo.training.TrainingWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import fi.vertaistyo.kit.testing.TestTokens;
import fi.vertaistyo.training.TrainingWorld;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A trainer links their own login with a one-time code from the coordinator. */
@QuarkusTest
class TrainerLoginTest {

    TrainingWorld world;
    UUID trainer;
    String newLogin;

    @BeforeEach
    void world() {
        world = new TrainingWorld();
        trainer = world.newTrainer("Onni Opettaja");
        newLogin = TestTokens.tokenFor(UUID.randomUUID().toString(), "trainer", world.org);
    }

    String linkCode(UUID trainerId) {
        return world.asCoordinator().post(BASE + "/trainers/" + trainerId + "/link-code").then().statusCode(201)
                .body("code", matchesPattern("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")).extract().path("code");
    }

    @Test
    void aTrainerLinksTheirLoginWithTheCodeOnceAndThenSeesTheirSessions() {
        as(newLogin).get(BASE + "/my/trainer-login").then().statusCode(200).body("linked", equalTo(false));
        String code = linkCode(trainer);
        UUID term = world.newTerm(java.time.LocalDate.of(2027, 1, 11), 12);
        world.session(term, "TEACHING", trainer, OffsetDateTime.parse("2027-01-12T10:00:00+02:00"));

        String typed = " " + code.replace("-", " ").toLowerCase() + " ";
        as(newLogin).body(Map.of("code", typed)).post(BASE + "/my/trainer-login").then().statusCode(200)
                .body("linked", equalTo(true)).body("name", equalTo("Onni Opettaja"))
                .body("trainerId", equalTo(trainer.toString()));
        as(newLogin).get(BASE + "/my/teaching").then().statusCode(200).body("size()", equalTo(1));
        world.asCoordinator().get(BASE + "/trainers/" + trainer).then().body("loginLinked", equalTo(true));

        String another = TestTokens.tokenFor(UUID.randomUUID().toString(), "trainer", world.org);
        as(another).body(Map.of("code", code)).post(BASE + "/my/trainer-login").then().statusCode(409)
                .body("reason", equalTo("LINK_CODE_INVALID"));
    }

    @Test
    void aNewCodeReplacesTheOldOneAndOnlyItsHashIsStored() {
        String first = linkCode(trainer);
        String second = linkCode(trainer);
        as(newLogin).body(Map.of("code", first)).post(BASE + "/my/trainer-login").then().statusCode(409)
                .body("reason", equalTo("LINK_CODE_INVALID"));
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) Arc.container().instance(EntityManager.class)
                .get().createNativeQuery("select link_code_hash from trainer where id = ?1").setParameter(1, trainer)
                .getSingleResult());
        assertThat(stored).hasSize(64).doesNotContain(second.replace("-", ""));
        as(newLogin).body(Map.of("code", second)).post(BASE + "/my/trainer-login").then().statusCode(200);
    }

    @Test
    void aCodeWorksOnlyInItsOrganisationForAWeekAndForOneTrainerPerLogin() {
        String code = linkCode(trainer);
        TrainingWorld elsewhere = new TrainingWorld();
        as(TestTokens.tokenFor(UUID.randomUUID().toString(), "trainer", elsewhere.org)).body(Map.of("code", code))
                .post(BASE + "/my/trainer-login").then().statusCode(409).body("reason", equalTo("LINK_CODE_INVALID"));

        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("update trainer set link_code_expires_at = now() - interval '1 minute' where id = ?1")
                .setParameter(1, trainer).executeUpdate());
        as(newLogin).body(Map.of("code", code)).post(BASE + "/my/trainer-login").then().statusCode(409)
                .body("reason", equalTo("LINK_CODE_INVALID"));

        String fresh = linkCode(trainer);
        as(world.trainerToken).body(Map.of("code", fresh)).post(BASE + "/my/trainer-login").then().statusCode(409)
                .body("reason", equalTo("LOGIN_LINKED_ELSEWHERE"));
        world.asCoordinator().post(BASE + "/trainers/" + elsewhere.trainerId + "/link-code").then().statusCode(404);
    }

    @Test
    void aMalformedCodeIsAClearProblem() {
        as(newLogin).body(Map.of("code", "")).post(BASE + "/my/trainer-login").then().statusCode(400)
                .contentType("application/problem+json");
        as(newLogin).body(Map.of("code", "x".repeat(41))).post(BASE + "/my/trainer-login").then().statusCode(400);
        as(newLogin).body(Map.of("code", "ÅÅÅÅ-ÅÅÅÅ-ÅÅÅÅ")).post(BASE + "/my/trainer-login").then().statusCode(409)
                .body("reason", equalTo("LINK_CODE_INVALID"));
        as(newLogin).body("{\"code\": 12}").post(BASE + "/my/trainer-login").then().statusCode(400);
    }
}
