package fi.vertaistyo.participant.pathway;

import fi.vertaistyo.kit.testing.TestTokens;
import static fi.vertaistyo.participant.TestApi.as;
import static fi.vertaistyo.participant.TestApi.liftProgramme;
import static fi.vertaistyo.participant.TestApi.participant;
import static fi.vertaistyo.participant.TestApi.today;
import static fi.vertaistyo.kit.testing.TestTokens.newOrganisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsentAndPathwayTest {

    String org;
    String lift;

    @org.junit.jupiter.api.BeforeEach
    void liftProgrammeOfANewOrganisation() {
        org = newOrganisation();
        lift = liftProgramme(org);
    }

    Map<String, Object> outcome(String moment, String outcome) {
        return Map.of("programmeId", lift, "moment", moment, "outcome", outcome, "recordedOn", today().toString());
    }

    @Test
    void followUpsNeedConsentAndStopWhenItIsWithdrawn() {
        String p = participant(org, "Follow");
        String pathways = "/api/participants/" + p + "/pathways";
        as("coordinator", org).body(outcome("EXIT", "WORK_TRY_OUT")).post(pathways).then().statusCode(201);
        as("coordinator", org).body(outcome("FOLLOW_UP_4_WEEKS", "WORK_TRY_OUT")).post(pathways)
                .then().statusCode(409).body("title", equalTo("No consent for follow-ups"))
                .body("reason", equalTo("NO_FOLLOW_UP_CONSENT"));

        as("coordinator", org).body(Map.of("purpose", "FOLLOW_UP_CONTACT")).post("/api/participants/" + p + "/consents")
                .then().statusCode(200).body("[0].givenBy", notNullValue()).body("[0].withdrawnAt", equalTo(null));
        as("coordinator", org).body(outcome("FOLLOW_UP_4_WEEKS", "JOB")).post(pathways).then().statusCode(201);

        as("coordinator", org).delete("/api/participants/" + p + "/consents/FOLLOW_UP_CONTACT")
                .then().statusCode(200).body("[0].withdrawnAt", notNullValue());
        as("coordinator", org).body(outcome("FOLLOW_UP_6_MONTHS", "NOT_REACHED")).post(pathways).then().statusCode(409);
        as("coordinator", org).delete("/api/participants/" + p + "/consents/FOLLOW_UP_CONTACT").then().statusCode(409)
                .body("reason", equalTo("NO_CONSENT_IN_FORCE"));
        as("coordinator", org).get(pathways).then().statusCode(200).body("$", hasSize(2));
    }

    @Test
    void funderReportCountsOutcomesWithoutNames() {
        for (String name : new String[] {"Rep1", "Rep2", "Rep3"}) {
            String p = participant(org, name);
            as("coordinator", org).body(outcome("EXIT", name.equals("Rep3") ? "STUDIES" : "JOB"))
                    .post("/api/participants/" + p + "/pathways").then().statusCode(201);
        }
        String report = as("coordinator", org).get("/api/participants/reports/pathways?programmeId=" + lift
                + "&from=" + today().minusDays(1) + "&to=" + today()).then().statusCode(200)
                .body("counts.find { it.outcome == 'JOB' }.participants", equalTo(2))
                .body("counts.find { it.outcome == 'STUDIES' }.participants", equalTo(1))
                .extract().asString();
        assertThat(report).doesNotContain("Rep1", "Testinen", "participantId");
        as("coordinator", org).get("/api/participants/reports/pathways?programmeId=" + lift + "&from=2027-01-02&to=2027-01-01")
                .then().statusCode(400);
        as("coordinator", org).get("/api/participants/reports/pathways?programmeId=" + lift).then().statusCode(400);
    }

    @Test
    void outcomesOutsideTheListAreRefused() {
        String p = participant(org, "Odd");
        as("coordinator", org).body(outcome("EXIT", "LOTTERY_WIN")).post("/api/participants/" + p + "/pathways")
                .then().statusCode(400).body(not(containsString("Exception")));
    }
}
