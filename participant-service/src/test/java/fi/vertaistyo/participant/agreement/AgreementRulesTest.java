package fi.vertaistyo.participant.agreement;

import fi.vertaistyo.kit.testing.TestTokens;
import static fi.vertaistyo.participant.TestApi.agreement;
import static fi.vertaistyo.participant.TestApi.agreementInForce;
import static fi.vertaistyo.participant.TestApi.as;
import static fi.vertaistyo.participant.TestApi.liftProgramme;
import static fi.vertaistyo.participant.TestApi.participant;
import static fi.vertaistyo.participant.TestApi.today;
import static fi.vertaistyo.kit.testing.TestTokens.newOrganisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import fi.vertaistyo.participant.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgreementRulesTest {

    static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);

    String org;
    String lift;

    @org.junit.jupiter.api.BeforeEach
    void liftProgrammeOfANewOrganisation() {
        org = newOrganisation();
        lift = liftProgramme(org);
    }

    int create(String participantId, Map<String, Object> body) {
        return as("coordinator", org).body(body).post("/api/participants/" + participantId + "/agreements").statusCode();
    }

    @Test
    void sixMonthsExactlyIsAcceptedAndADayMoreIsRefused() {
        assertThat(create(participant(org, "Six"), agreement(lift, JAN_1, LocalDate.of(2027, 6, 30), 3))).isEqualTo(201);
        as("coordinator", org).body(agreement(lift, JAN_1, LocalDate.of(2027, 7, 1), 3))
                .post("/api/participants/" + participant(org, "SixPlus") + "/agreements")
                .then().statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Agreement too long")).body("reason", equalTo("AGREEMENT_TOO_LONG"));
        // month end: 31 Aug 2027 + 6 months is 29 Feb 2028 (clamped), so the last day is 28 Feb
        assertThat(create(participant(org, "MonthEnd"), agreement(lift, LocalDate.of(2027, 8, 31),
                LocalDate.of(2028, 2, 28), 2))).isEqualTo(201);
        assertThat(create(participant(org, "MonthEndPlus"), agreement(lift, LocalDate.of(2027, 8, 31),
                LocalDate.of(2028, 2, 29), 2))).isEqualTo(409);
    }

    @Test
    void daysPerWeekMustBeInsideTheProgrammesRange() {
        String p = participant(org, "Days");
        assertThat(create(p, agreement(lift, JAN_1, JAN_1.plusDays(30), 1))).isEqualTo(409);
        assertThat(create(p, agreement(lift, JAN_1, JAN_1.plusDays(30), 4))).isEqualTo(409);
        assertThat(create(p, agreement(lift, JAN_1, JAN_1.plusDays(30), 2))).isEqualTo(201);
        assertThat(create(p, agreement(lift, JAN_1.plusDays(31), JAN_1.plusDays(60), 3))).isEqualTo(201);
    }

    @Test
    void workingDayLongerThanTheProgrammesIsRefused() {
        Map<String, Object> body = new HashMap<>(agreement(lift, JAN_1, JAN_1.plusDays(30), 3));
        body.put("minutesPerDay", 211);
        assertThat(create(participant(org, "Long"), body)).isEqualTo(409);
    }

    @Test
    void agreementsOfOnePeerInOneProgrammeMayNotOverlapByEvenADay() {
        String p = participant(org, "Overlap");
        assertThat(create(p, agreement(lift, JAN_1, LocalDate.of(2027, 3, 31), 3))).isEqualTo(201);
        assertThat(create(p, agreement(lift, LocalDate.of(2027, 3, 31), LocalDate.of(2027, 5, 31), 3))).isEqualTo(409);
        assertThat(create(p, agreement(lift, LocalDate.of(2027, 4, 1), LocalDate.of(2027, 5, 31), 3))).isEqualTo(201);
        // another peer on the same days is fine
        assertThat(create(participant(org, "Other"), agreement(lift, JAN_1, LocalDate.of(2027, 3, 31), 3))).isEqualTo(201);
    }

    @Test
    void agreementIsInForceOnlyWithAllThreePartsAndThenIsPublished() {
        String p = participant(org, "Three");
        String a = as("coordinator", org).body(agreement(lift, JAN_1, LocalDate.of(2027, 6, 30), 3))
                .post("/api/participants/" + p + "/agreements").then().statusCode(201)
                .body("inForce", equalTo(false)).extract().path("id");
        as("coordinator", org).body(Map.of("signedOn", today().toString()))
                .post("/api/participants/" + p + "/agreements/" + a + "/confidentiality")
                .then().statusCode(200).body("inForce", equalTo(false));
        as("coordinator", org).body(Map.of("rulesVersion", 2, "acceptedOn", today().toString()))
                .post("/api/participants/" + p + "/agreements/" + a + "/rules-acceptance")
                .then().statusCode(409).body("title", equalTo("Wrong rules version"));
        as("coordinator", org).body(Map.of("rulesVersion", 1, "acceptedOn", today().toString()))
                .post("/api/participants/" + p + "/agreements/" + a + "/rules-acceptance")
                .then().statusCode(200).body("inForce", equalTo(true));

        JsonNode event = TestEvents.awaitEvent(TestEvents.participantsTopic(), p, "fi.vertaistyo.agreement.in-force.v1",
                Duration.ofSeconds(20));
        assertThat(TestEvents.validate("agreement.in-force.v1.json", event)).isEmpty();
        JsonNode data = event.path("data");
        assertThat(data.path("agreementId").asText()).isEqualTo(a);
        assertThat(data.path("daysPerWeek").asInt()).isEqualTo(3);
        assertThat(data.path("minutesPerDay").asInt()).isEqualTo(210);
        assertThat(data.path("payTerms").path("activityMoneyCentsPerHour").asInt()).isEqualTo(200);
        assertThat(data.path("payTerms").path("activityMoneyDailyCapCents").asInt()).isEqualTo(1200);
        assertThat(event.toString()).doesNotContain("Testinen", "Lobby hosting");
    }

    @Test
    void endingAnAgreementInForcePublishesItsLastDay() {
        String p = participant(org, "Ender");
        String a = agreementInForce(org, p, lift, JAN_1, LocalDate.of(2027, 6, 30));
        as("coordinator", org).body(Map.of("endedOn", "2027-03-15", "reason", "Moved to studies"))
                .post("/api/participants/" + p + "/agreements/" + a + "/end")
                .then().statusCode(200).body("inForce", equalTo(false)).body("endedOn", equalTo("2027-03-15"));
        JsonNode event = TestEvents.awaitEvent(TestEvents.participantsTopic(), p, "fi.vertaistyo.agreement.ended.v1",
                Duration.ofSeconds(20));
        assertThat(TestEvents.validate("agreement.ended.v1.json", event)).isEmpty();
        assertThat(event.toString()).doesNotContain("Moved to studies");
        as("coordinator", org).body(Map.of("endedOn", "2027-03-16", "reason", "again"))
                .post("/api/participants/" + p + "/agreements/" + a + "/end").then().statusCode(409);
    }

    @Test
    void leavingTheProgrammeEndsWhatIsInForceAndWhatHadNotBegun() {
        String p = participant(org, "Leaver");
        LocalDate today = today();
        String current = agreementInForce(org, p, lift, today.minusDays(10), today.plusDays(60));
        String coming = agreementInForce(org, p, lift, today.plusDays(90), today.plusDays(120));
        String other = participant(org, "Stayer");
        String untouched = agreementInForce(org, other, lift, today.minusDays(10), today.plusDays(60));

        as("coordinator", org).body(Map.of("status", "ALUMNI")).put("/api/participants/" + p + "/status")
                .then().statusCode(200);

        var agreements = as("coordinator", org).get("/api/participants/" + p + "/agreements").then().statusCode(200)
                .extract().jsonPath();
        assertThat(agreements.getList("findAll { it.inForce }")).isEmpty();
        assertThat(agreements.getString("find { it.id == '" + current + "' }.endedOn")).isEqualTo(today.toString());
        assertThat(agreements.getString("find { it.id == '" + coming + "' }.endedOn"))
                .isEqualTo(today.plusDays(89).toString());
        assertThat(agreements.getString("find { it.id == '" + current + "' }.endReason")).isEqualTo("Left the programme");
        var ended = TestEvents.awaitRecords(TestEvents.participantsTopic(), p, 6, Duration.ofSeconds(20)).stream()
                .map(r -> TestEvents.json(r.value()))
                .filter(e -> e.path("type").asText().equals("fi.vertaistyo.agreement.ended.v1")).toList();
        assertThat(ended).extracting(e -> e.path("data").path("agreementId").asText()).containsExactlyInAnyOrder(current, coming);
        assertThat(ended).allSatisfy(e -> assertThat(TestEvents.validate("agreement.ended.v1.json", e)).isEmpty());
        as("coordinator", org).get("/api/participants/" + other + "/agreements").then()
                .body("find { it.id == '" + untouched + "' }.inForce", equalTo(true));
    }

    @Test
    void renewalIsANewAgreementFromTheNextDayThatCarriesOverWhatStillHolds() {
        String p = participant(org, "Renew");
        String a = agreementInForce(org, p, lift, JAN_1, LocalDate.of(2027, 6, 30));
        as("coordinator", org).body(Map.of("endsOn", "2027-12-31"))
                .post("/api/participants/" + p + "/agreements/" + a + "/renewal")
                .then().statusCode(201)
                .body("startsOn", equalTo("2027-07-01"))
                .body("renews", equalTo(a))
                .body("inForce", equalTo(true))
                .body("daysPerWeek", equalTo(3));
        as("coordinator", org).body(Map.of("endsOn", "2028-01-01"))
                .post("/api/participants/" + p + "/agreements/" + a + "/renewal")
                .then().statusCode(409);
    }

    @Test
    void coordinatorsSeeAgreementsEndingSoonToRenewInTime() {
        String soon = participant(org, "Soon");
        String later = participant(org, "Later");
        agreementInForce(org, soon, lift, today().minusMonths(2), today().plusDays(10));
        agreementInForce(org, later, lift, today().minusMonths(1), today().plusDays(60));

        as("coordinator", org).get("/api/participants/agreements/ending?withinDays=30").then().statusCode(200)
                .body("participantId", hasItem(soon)).body("participantId", not(hasItem(later)))
                .body("find { it.participantId == '" + soon + "' }.daysLeft", equalTo(10));
        as("coordinator", org).get("/api/participants/agreements/ending?withinDays=9").then().statusCode(200)
                .body("participantId", not(hasItem(soon)));
        as("coordinator", newOrganisation()).get("/api/participants/agreements/ending?withinDays=30")
                .then().statusCode(200).body("participantId", not(hasItem(soon)));
    }

    @Test
    void coordinatorsSeeWhoHasNoAgreementInForceToday() {
        String none = participant(org, "Ei sopimusta");
        String covered = participant(org, "Voimassa");
        agreementInForce(org, covered, lift, today().minusMonths(1), today().plusMonths(1));
        String ended = participant(org, "Päättynyt");
        agreementInForce(org, ended, lift, today().minusMonths(3), today().minusDays(1));
        String unsigned = participant(org, "Allekirjoittamatta");
        assertThat(create(unsigned, agreement(lift, today(), today().plusMonths(2), 3))).isEqualTo(201);
        String alumnus = participant(org, "Lopettanut");
        as("coordinator", org).body(Map.of("status", "ALUMNI")).put("/api/participants/" + alumnus + "/status")
                .then().statusCode(200);

        as("coordinator", org).get("/api/participants/agreements/missing").then().statusCode(200)
                .body("participantId", hasItem(none)).body("participantId", hasItem(ended))
                .body("participantId", hasItem(unsigned))
                .body("participantId", not(hasItem(covered))).body("participantId", not(hasItem(alumnus)))
                .body("find { it.participantId == '" + ended + "' }.lastAgreementEnded", equalTo(today().minusDays(1).toString()))
                .body("find { it.participantId == '" + none + "' }.lastAgreementEnded", nullValue())
                .body("find { it.participantId == '" + none + "' }.status", equalTo("APPLICANT"));
        as("coordinator", newOrganisation()).get("/api/participants/agreements/missing")
                .then().statusCode(200).body("participantId", not(hasItem(none)));
    }

    @Test
    void absurdAndMalformedAgreementsAreRefusedAs400() {
        String p = participant(org, "Bad");
        Map<String, Object> reversed = new HashMap<>(agreement(lift, JAN_1, JAN_1.minusDays(1), 3));
        Map<String, Object> huge = new HashMap<>(agreement(lift, JAN_1, JAN_1.plusDays(10), 3));
        huge.put("tasks", "x".repeat(5000));
        Map<String, Object> wrongType = new HashMap<>(agreement(lift, JAN_1, JAN_1.plusDays(10), 3));
        wrongType.put("daysPerWeek", "three");
        Map<String, Object> badDate = new HashMap<>(agreement(lift, JAN_1, JAN_1.plusDays(10), 3));
        badDate.put("startsOn", "2027-02-30");
        for (Map<String, Object> body : new Map[] {reversed, huge, wrongType, badDate, Map.of()}) {
            as("coordinator", org).body(body).post("/api/participants/" + p + "/agreements")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        as("coordinator", newOrganisation()).body(agreement(lift, JAN_1, JAN_1.plusDays(10), 3))
                .post("/api/participants/" + p + "/agreements").then().statusCode(404);
    }
}
