package fi.vertaistyo.scheduling.location;

import fi.vertaistyo.kit.testing.TestTokens;
import static fi.vertaistyo.scheduling.TestApi.as;
import static fi.vertaistyo.kit.testing.TestTokens.newOrganisation;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import fi.vertaistyo.scheduling.TestApi;
import fi.vertaistyo.scheduling.TestWorld;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LocationTest {

    @Inject
    TestWorld world;

    String org;
    UUID programme;

    @BeforeEach
    void organisation() {
        org = newOrganisation();
        programme = world.programme(org, 24);
    }

    @Test
    void aProgrammeSiteAndAPartnerDeskWithItsAgreementAreListedForTheirOrganisationOnly() {
        String site = TestApi.site(org, programme, "Lift lobby");
        String desk = TestApi.desk(org, programme, "Kela Itäkeskus", "kela-itakeskus", "fattaluuta-diploma");
        as("coordinator", org).get("/api/scheduling/locations/" + desk).then().statusCode(200)
                .body("kind", equalTo("PARTNER_DESK"))
                .body("agency.code", equalTo("kela-itakeskus"))
                .body("deskAgreement.weekdays", containsInAnyOrder("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"))
                .body("deskAgreement.starts", equalTo("09:00:00"))
                .body("deskAgreement.guides", equalTo(1))
                .body("deskAgreement.requiredQualification", equalTo("fattaluuta-diploma"));
        as("coordinator", org).get("/api/scheduling/locations/" + site).then().statusCode(200)
                .body("agency", nullValue()).body("deskAgreement", nullValue());
        as("coordinator", org).get("/api/scheduling/locations").then().statusCode(200)
                .body("name", contains("Kela Itäkeskus", "Lift lobby"));
        as("coordinator", newOrganisation()).get("/api/scheduling/locations/" + site).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aLocationCanBeUpdatedButNotTurnedIntoAnotherKind() {
        String site = TestApi.site(org, programme, "Lift lobby");
        Map<String, Object> renamed = Map.of("kind", "PROGRAMME_SITE", "programmeId", programme, "name", "Lift aula",
                "address", "Kauppakatu 2");
        as("coordinator", org).body(renamed).put("/api/scheduling/locations/" + site).then().statusCode(200)
                .body("name", equalTo("Lift aula"));
        as("coordinator", org).body(Map.of("kind", "PARTNER_DESK", "programmeId", programme, "name", "x", "address", "y",
                "agency", Map.of("code", "kela-x", "name", "Kela", "kind", "KELA"),
                "deskAgreement", Map.of("weekdays", new String[] {"MONDAY"}, "starts", "09:00", "ends", "12:00", "guides", 1)))
                .put("/api/scheduling/locations/" + site).then().statusCode(409).body("reason", equalTo("KIND_FIXED"));
    }

    @Test
    void aDeskKeepsItsAgencyBecauseTheCodeIsInThePartnersLoginsAndNamesItsTopic() {
        String desk = TestApi.desk(org, programme, "Kela Itäkeskus", "kela-itakeskus", null);
        as("coordinator", org).body(TestApi.deskRequest(programme, "Kela Kallio", "kela-kallio", null))
                .put("/api/scheduling/locations/" + desk).then().statusCode(409)
                .contentType("application/problem+json").body("reason", equalTo("AGENCY_FIXED"));
        as("coordinator", org).get("/api/scheduling/locations/" + desk).then()
                .body("name", equalTo("Kela Itäkeskus")).body("agency.code", equalTo("kela-itakeskus"));
        as("coordinator", org).body(TestApi.deskRequest(programme, "Kela Itäkeskus, 2. krs", "kela-itakeskus", null))
                .put("/api/scheduling/locations/" + desk).then().statusCode(200)
                .body("name", equalTo("Kela Itäkeskus, 2. krs"));
    }

    @Test
    void badLocationsAreRefusedWithProblemDetails() {
        as("coordinator", org).body(Map.of("kind", "PROGRAMME_SITE", "name", "", "address", "x"))
                .post("/api/scheduling/locations").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("programmeId")).body("violations.field", hasItem("name"));
        as("coordinator", org).body(Map.of("kind", "PARTNER_DESK", "programmeId", programme, "name", "Desk",
                "address", "x")).post("/api/scheduling/locations").then().statusCode(400);
        as("coordinator", org).body(Map.of("kind", "PROGRAMME_SITE", "programmeId", programme, "name", "Site",
                "address", "x", "agency", Map.of("code", "kela-x", "name", "Kela", "kind", "KELA")))
                .post("/api/scheduling/locations").then().statusCode(400);
        as("coordinator", org).body(Map.of("kind", "PARTNER_DESK", "programmeId", programme, "name", "Desk", "address", "x",
                "agency", Map.of("code", "Kela Office", "name", "Kela", "kind", "KELA"),
                "deskAgreement", Map.of("weekdays", new String[] {"MONDAY"}, "starts", "12:00", "ends", "09:00", "guides", 0)))
                .post("/api/scheduling/locations").then().statusCode(400)
                .body("violations.field", hasItem("agency.code")).body("violations.field", hasItem("deskAgreement.guides"));
        as("coordinator", org).body(Map.of("kind", "SPACESHIP", "programmeId", programme, "name", "x", "address", "y"))
                .post("/api/scheduling/locations").then().statusCode(400).contentType("application/problem+json");
        as("coordinator", org).body("{\"kind\":").post("/api/scheduling/locations").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aProgrammeOfAnotherOrganisationIsUnknown() {
        UUID theirs = world.programme(newOrganisation(), 24);
        as("coordinator", org).body(Map.of("kind", "PROGRAMME_SITE", "programmeId", theirs, "name", "x", "address", "y"))
                .post("/api/scheduling/locations").then().statusCode(422).contentType("application/problem+json");
    }
}
