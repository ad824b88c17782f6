package fi.vertaistyo.scheduling.feedback;

import fi.vertaistyo.scheduling.MonthAtALobby;
import fi.vertaistyo.kit.testing.TestTokens;
import static fi.vertaistyo.scheduling.TestApi.as;
import static fi.vertaistyo.scheduling.TestApi.asPartner;
import static fi.vertaistyo.scheduling.TestApi.asPeer;
import static fi.vertaistyo.scheduling.TestApi.assign;
import static fi.vertaistyo.kit.testing.TestTokens.newOrganisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import fi.vertaistyo.scheduling.MutableClock;
import fi.vertaistyo.scheduling.TestApi;
import fi.vertaistyo.kit.testing.TestSchemas;
import fi.vertaistyo.scheduling.TestWorld;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FeedbackTest extends MonthAtALobby {

    @Inject
    MutableClock clock;

    String desk;
    String shift;
    String pete;
    String tiina;

    @BeforeEach
    void aWorkedDeskShift() {
        desk = TestApi.desk(org, programme, "Kela Itäkeskus", "kela-itakeskus", null);
        String plan = TestApi.plan(org, desk, month);
        shift = TestApi.shift(org, plan, monday, "09:00", "12:00", 2);
        pete = peer("Pete");
        tiina = peer("Tiina");
        TestApi.publish(org, plan);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    String peer(String name) {
        UUID id = world.peerWorking(org, programme, month, name, 3, 210);
        assign(org, shift, id).then().statusCode(200);
        return world.account(id, org);
    }

    io.restassured.response.Response give(String subject, Object form) {
        return asPeer(subject, org).body(form).post("/api/scheduling/my/shifts/" + shift + "/feedback");
    }

    @Test
    void answersAfterTheShiftBecomeIndicatorsAndPartnersSeeCountsForTheirOwnDesksOnly() {
        Map<String, Object> form = Map.of("helpKinds", List.of("KELA_BENEFITS", "DIGITAL_SERVICES"), "peopleHelped", 4,
                "rating", 5, "text", "Asiakas sai toimeentulotukihakemuksen tehtyä");
        give(pete, form).then().statusCode(409).body("reason", equalTo("SHIFT_NOT_OVER"));
        clock.set(monday.atTime(12, 0).atZone(ZoneId.of("Europe/Helsinki")).toInstant());
        give(pete, form).then().statusCode(201);
        give(pete, form).then().statusCode(409).body("reason", equalTo("ALREADY_GIVEN"));
        give(tiina, Map.of("helpKinds", List.of("KELA_BENEFITS", "JUST_TALKING"), "peopleHelped", 2, "rating", 4))
                .then().statusCode(201);

        as("coordinator", org).get("/api/scheduling/feedback/indicators?month=" + month).then().statusCode(200)
                .body("location", contains("Kela Itäkeskus"))
                .body("answers", contains(2)).body("peopleHelped", contains(6))
                .body("averageRating", contains(4.5f))
                .body("[0].helpKinds.KELA_BENEFITS", equalTo(2))
                .body("[0].helpKinds.JUST_TALKING", equalTo(1));
        String partner = asPartner(org, "kela-itakeskus").get("/api/scheduling/partner/feedback?month=" + month)
                .then().statusCode(200).body("deskId", contains(desk)).body("answers", contains(2))
                .body("peopleHelped", contains(6)).body("[0].helpKinds.DIGITAL_SERVICES", equalTo(1))
                .extract().asString();
        assertThat(TestSchemas.fieldsOf(TestSchemas.json(partner).get(0)))
                .containsExactlyInAnyOrder("deskId", "location", "month", "answers", "peopleHelped", "helpKinds");
        assertThat(partner).doesNotContain("toimeentulotuki").doesNotContain("Pete").doesNotContain("rating");
        asPartner(org, "kela-kallio").get("/api/scheduling/partner/feedback?month=" + month).then().statusCode(200)
                .body("$", empty());
        asPartner(newOrganisation(), "kela-itakeskus").get("/api/scheduling/partner/feedback?month=" + month).then()
                .body("$", empty());
    }

    @Test
    void aFormThatIsIncompleteOrNotTheCallersShiftIsRefused() {
        clock.set(monday.atTime(12, 0).atZone(ZoneId.of("Europe/Helsinki")).toInstant());
        give(pete, Map.of("helpKinds", List.of(), "peopleHelped", -1, "rating", 6)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("helpKinds", "peopleHelped", "rating"));
        give(pete, Map.of("helpKinds", List.of("TELEPORTING"), "peopleHelped", 1, "rating", 3)).then().statusCode(400);
        UUID outsider = world.peer(org, "Ulkopuolinen");
        asPeer(world.account(outsider, org), org).body(Map.of("helpKinds", List.of("OTHER"), "peopleHelped", 1, "rating", 3))
                .post("/api/scheduling/my/shifts/" + shift + "/feedback").then().statusCode(404);
        as("coordinator", org).get("/api/scheduling/feedback/indicators").then().statusCode(400);
    }
}
