package fi.vertaistyo.systemtests.faults;

import static io.restassured.RestAssured.given;

import fi.vertaistyo.systemtests.Platform;
import java.util.UUID;

/** People registered for a fault test in the organisation "testaus", through the gateway or one replica. */
final class Registrations {

    private final String token = Platform.freshUserToken("testaus-coordinator");
    /** Tells this run's people from earlier runs' (the databases are shared). */
    final String run = UUID.randomUUID().toString().substring(0, 8);

    String register(String baseUri, int n) {
        return given().baseUri(baseUri).auth().oauth2(token).contentType("application/json")
                .body("{\"displayName\":\"Vika " + run + " " + n + "\",\"legalName\":\"Vikatesti " + run + " " + n + "\"}")
                .post("/api/participants")
                .then().statusCode(201).extract().path("id");
    }

    void changeStatus(String baseUri, String id, String status) {
        given().baseUri(baseUri).auth().oauth2(token).contentType("application/json")
                .body("{\"status\":\"" + status + "\"}")
                .put("/api/participants/" + id + "/status")
                .then().statusCode(200);
    }

    void rename(String baseUri, String id, String displayName) {
        given().baseUri(baseUri).auth().oauth2(token).contentType("application/json")
                .body("{\"displayName\":\"" + displayName + "\"}")
                .patch("/api/participants/" + id)
                .then().statusCode(200);
    }
}
