package fi.vertaistyo.participant.programme;

import fi.vertaistyo.kit.testing.TestTokens;
import static fi.vertaistyo.participant.TestApi.as;
import static fi.vertaistyo.participant.TestApi.liftProgramme;
import static fi.vertaistyo.participant.TestApi.liftRules;
import static fi.vertaistyo.participant.TestApi.today;
import static fi.vertaistyo.kit.testing.TestTokens.newOrganisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import fi.vertaistyo.participant.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgrammeRulesTest {

    String org = newOrganisation();

    @Test
    void liftRulesAreInForceAndPublishedForPayout() {
        String lift = liftProgramme(org);
        as("admin", org).get("/api/participants/programmes/" + lift).then().statusCode(200)
                .body("rulesVersionInForce", equalTo(1))
                .body("rules[0].activityMoneyCentsPerHour", equalTo(200))
                .body("rules[0].activityMoneyDailyCapCents", equalTo(1200))
                .body("rules[0].maxAgreementMonths", equalTo(6))
                .body("rules[0].minutesPerDay", equalTo(210));
        JsonNode event = TestEvents.awaitEvent(TestEvents.participantsTopic(), lift,
                "fi.vertaistyo.programme.rules-scheduled.v1", Duration.ofSeconds(20));
        assertThat(TestEvents.validate("programme.rules-scheduled.v1.json", event)).isEmpty();
    }

    @Test
    void newRulesApplyFromADateAndNeverRewriteThePast() {
        String lift = liftProgramme(org);
        String path = "/api/participants/programmes/" + lift + "/rules";
        as("coordinator", org).body(liftRules(today().minusDays(1))).post(path)
                .then().statusCode(409).body("title", equalTo("Rules cannot change the past"));
        var raise = liftRules(today().plusDays(1));
        raise.put("activityMoneyCentsPerHour", 250);
        as("coordinator", org).body(raise).post(path).then().statusCode(200)
                .body("rulesVersionInForce", equalTo(1))
                .body("rules.version", hasItem(2))
                .body("rules.find { it.version == 2 }.validFrom", equalTo(today().plusDays(1).toString()));
        as("coordinator", org).body(liftRules(today().plusDays(1))).post(path).then().statusCode(409);
        as("coordinator", org).get("/api/participants/programmes/" + lift).then()
                .body("rules.find { it.version == 1 }.activityMoneyCentsPerHour", equalTo(200));
    }

    @Test
    void programmesAreValidatedAndPrivateToTheirOrganisation() {
        String lift = liftProgramme(org);
        as("coordinator", org).body(Map.of("code", "lift", "name", "Again", "kind", "WORK_ACTIVITY",
                "rules", liftRules(LocalDate.of(2026, 1, 1)))).post("/api/participants/programmes").then().statusCode(409);
        var reversed = liftRules(LocalDate.of(2026, 1, 1));
        reversed.put("minDaysPerWeek", 4);
        as("coordinator", org).body(Map.of("code", "x", "name", "X", "kind", "WORK_ACTIVITY", "rules", reversed))
                .post("/api/participants/programmes").then().statusCode(400).contentType("application/problem+json");
        as("coordinator", org).body(Map.of("code", "Not Valid!", "name", "X", "kind", "SOMETHING"))
                .post("/api/participants/programmes").then().statusCode(400);
        as("coordinator", newOrganisation()).get("/api/participants/programmes/" + lift).then().statusCode(404);
    }
}
