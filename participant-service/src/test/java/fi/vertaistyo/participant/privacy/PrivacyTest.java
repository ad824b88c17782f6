package fi.vertaistyo.participant.privacy;

import fi.vertaistyo.kit.testing.TestTokens;
import static fi.vertaistyo.participant.TestApi.agreementInForce;
import static fi.vertaistyo.participant.TestApi.as;
import static fi.vertaistyo.participant.TestApi.liftProgramme;
import static fi.vertaistyo.participant.TestApi.today;
import static fi.vertaistyo.kit.testing.TestTokens.newOrganisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import fi.vertaistyo.participant.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PrivacyTest {

    @Inject
    EntityManager em;

    String org = newOrganisation();

    String fullyRecordedPeer(String displayName, String legalName, String email, String phone) {
        String lift = liftProgramme(org);
        String p = as("coordinator", org).body(Map.of("displayName", displayName, "legalName", legalName,
                "email", email, "phone", phone, "preferredLanguage", "sv"))
                .post("/api/participants").then().statusCode(201).extract().path("id");
        agreementInForce(org, p, lift, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 30));
        as("coordinator", org).body(Map.of("purpose", "FOLLOW_UP_CONTACT")).post("/api/participants/" + p + "/consents")
                .then().statusCode(200);
        as("coordinator", org).body(Map.of("programmeId", lift, "moment", "EXIT", "outcome", "APPRENTICESHIP",
                "recordedOn", today().toString())).post("/api/participants/" + p + "/pathways").then().statusCode(201);
        return p;
    }

    @Test
    void exportContainsEverythingStoredAboutThePeer() {
        String p = fullyRecordedPeer("Exporter", "Eeva Export", "eeva.export@example.org", "+358 40 765 4321");
        JsonPath export = as("coordinator", org).get("/api/participants/" + p + "/export").then().statusCode(200)
                .header("Cache-Control", "no-store").extract().jsonPath();
        assertThat(export.getString("participant.legalName")).isEqualTo("Eeva Export");
        assertThat(export.getString("participant.email")).isEqualTo("eeva.export@example.org");
        assertThat(export.getString("participant.phone")).isEqualTo("+358 40 765 4321");
        assertThat(export.getString("participant.preferredLanguage")).isEqualTo("sv");
        assertThat(export.getList("enrolments.programmeName")).containsExactly("Liftillä duuniin");
        assertThat(export.getList("agreements")).hasSize(1);
        assertThat(export.getString("agreements[0].tasks")).contains("Lobby hosting");
        assertThat(export.getList("consents.purpose")).containsExactly("FOLLOW_UP_CONTACT");
        assertThat(export.getList("pathways.outcome")).containsExactly("APPRENTICESHIP");
        assertThat(export.getList("statusHistory.status")).containsExactly("APPLICANT");
        assertThat(export.getList("accessLog.action")).contains("CREATE", "UPDATE");
        // one export is one access: one audit entry, for the export's own purpose
        assertThat(count("select count(*) from audit_entry where participant_id = cast('" + p
                + "' as uuid) and purpose = 'data subject export'")).isEqualTo(1);
        assertThat(export.getList("accessLog.action")).containsOnlyOnce("EXPORT");
        // every table that refers to a participant is covered by the export
        assertThat(tablesWithParticipantColumn()).containsExactlyInAnyOrder(
                "agreement", "audit_entry", "consent", "enrolment", "participant_status_change", "pathway");
    }

    @Test
    void pseudonymisationLeavesNoNameOrContactAnywhereInTheDatabase() {
        String legal = "Pseudo Poistettava";
        String display = "Pseudopete";
        String email = "pseudo.poistettava@example.org";
        String phone = "+358 40 999 8877";
        String p = fullyRecordedPeer(display, legal, email, phone);
        as("coordinator", org).body(Map.of("status", "ALUMNI")).put("/api/participants/" + p + "/status")
                .then().statusCode(200);
        // the outbox rows carrying the display name have been relayed; they must be scrubbed too
        await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from outbox_event where sent_at is null") == 0);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update participant set alumni_since = current_date - interval '3 years' where id = cast(?1 as uuid)")
                .setParameter(1, p).executeUpdate());

        as("admin", newOrganisation()).post("/api/participants/retention/run").then().statusCode(200)
                .body("pseudonymised", equalTo(0));
        as("admin", org).post("/api/participants/retention/run").then().statusCode(200)
                .body("pseudonymised", equalTo(1));

        for (String value : List.of(legal, display, email, phone, "Poistettava", "pseudo.poistettava")) {
            assertThat(occurrences(value)).as(value).isEmpty();
        }
        as("coordinator", org).get("/api/participants/" + p).then().statusCode(200)
                .body("status", equalTo("ALUMNI")).body("email", equalTo(null)).body("legalName", equalTo(""));
        as("coordinator", org).get("/api/participants/" + p + "/pathways").then().body("$", hasSize(1));
        as("admin", org).get("/api/participants/audit?participantId=" + p).then()
                .body("action", hasItem("PSEUDONYMISE"));
    }

    @Test
    void erasureOnRequestLeavesNoNameContactOrFreeTextHereAndSaysWhatIsKeptByLaw() {
        String legal = "Erkki Pyydetty";
        String display = "Erkkipyyt";
        String email = "erkki.pyydetty@example.org";
        String phone = "+358 40 111 2299";
        String p = fullyRecordedPeer(display, legal, email, phone);
        String subject = UUID.randomUUID().toString();
        as("coordinator", org).body(Map.of("subject", subject)).put("/api/participants/" + p + "/account")
                .then().statusCode(200);

        as("coordinator", org).body(Map.of("requestReceivedOn", today().toString()))
                .post("/api/participants/" + p + "/erasure").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("participantId", equalTo(p))
                .body("pseudonym", equalTo("Pseudonym " + p.substring(0, 8)))
                .body("requestReceivedOn", equalTo(today().toString()))
                .body("kept", hasItem("PAYOUT_LEDGER")).body("kept", hasItem("AUDIT_LOG"));

        for (String value : List.of(legal, display, email, phone, "Pyydetty", "erkki.pyydetty", subject)) {
            assertThat(occurrences(value)).as(value).isEmpty();
        }
        // the agreement's tasks are free text written about the person
        assertThat(count("select count(*) from agreement where participant_id = cast('" + p + "' as uuid) and tasks <> ''"))
                .isZero();
        // leaving ended what was in force; the record stays, under the pseudonym, and can no longer change
        as("coordinator", org).get("/api/participants/" + p).then().statusCode(200)
                .body("status", equalTo("ALUMNI")).body("displayName", equalTo("Pseudonym " + p.substring(0, 8)))
                .body("accountLinked", equalTo(false));
        as("coordinator", org).body(Map.of("displayName", "Back")).patch("/api/participants/" + p).then().statusCode(409)
                .body("reason", equalTo("PARTICIPANT_ERASED"));
        as("coordinator", org).body(Map.of("requestReceivedOn", today().toString()))
                .post("/api/participants/" + p + "/erasure").then().statusCode(409).body("reason", equalTo("PARTICIPANT_ERASED"));
        as("coordinator", org).body(Map.of("purpose", "SMS_REMINDERS")).post("/api/participants/" + p + "/consents")
                .then().statusCode(409).body("reason", equalTo("PARTICIPANT_ERASED"));
        as("coordinator", org).body(Map.of("status", "APPLICANT")).put("/api/participants/" + p + "/status")
                .then().statusCode(409).body("reason", equalTo("PARTICIPANT_ERASED"));
        as("admin", org).get("/api/participants/audit?participantId=" + p).then()
                .body("purpose", hasItem("erasure on request received " + today()));

        // the other services hear it: the pseudonym on the identities topic, the erasure on participants.v2
        JsonNode erased = TestEvents.awaitEvent(TestEvents.participantsTopic(), p, "fi.vertaistyo.participant.erased.v1",
                Duration.ofSeconds(20));
        assertThat(TestEvents.validate("participant.erased.v1.json", erased)).isEmpty();
        assertThat(erased.at("/data/basis").asText()).isEqualTo("REQUEST");
        var identities = TestEvents.awaitRecords(TestEvents.identitiesTopic(), p, 3, Duration.ofSeconds(20));
        JsonNode last = TestEvents.json(identities.get(identities.size() - 1).value());
        assertThat(last.at("/data/displayName").asText()).isEqualTo("Pseudonym " + p.substring(0, 8));
        assertThat(last.at("/data/accountKey").isNull()).isTrue();
    }

    @Test
    void erasureNeedsTheDayTheRequestWasReceivedNotLaterThanTodayAndOnlyInTheOrganisation() {
        String p = fullyRecordedPeer("Waiting", "Wilma Odottaa", "wilma@example.org", "+358 40 000 1111");
        as("coordinator", org).body(Map.of()).post("/api/participants/" + p + "/erasure").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("requestReceivedOn"));
        as("coordinator", org).body(Map.of("requestReceivedOn", today().plusDays(1).toString()))
                .post("/api/participants/" + p + "/erasure").then().statusCode(400);
        as("coordinator", org).body(Map.of("requestReceivedOn", 20261201))
                .post("/api/participants/" + p + "/erasure").then().statusCode(400);
        as("coordinator", newOrganisation()).body(Map.of("requestReceivedOn", today().toString()))
                .post("/api/participants/" + p + "/erasure").then().statusCode(404);
        as("coordinator", org).get("/api/participants/" + p).then().body("legalName", equalTo("Wilma Odottaa"));
    }

    @Test
    void everyReadIsAuditedWithWhoAndWhyButNoPersonalValues() {
        String p = as("coordinator", org).body(Map.of("displayName", "Audited", "legalName", "Aapo Auditoitava"))
                .post("/api/participants").then().statusCode(201).extract().path("id");
        as("coordinator", org).get("/api/participants/" + p).then().statusCode(200);
        as("coordinator", org).get("/api/participants?q=aapo").then().statusCode(200);
        as("admin", org).get("/api/participants/audit?participantId=" + p).then().statusCode(200)
                .body("action", hasItem("CREATE")).body("action", hasItem("READ")).body("action", hasItem("LIST"))
                .body("[0].actor", startsWith("https://server.example.com#"));
        as("admin", newOrganisation()).get("/api/participants/audit?participantId=" + p).then().body("$", hasSize(0));
        assertThat(count("select count(*) from audit_entry where purpose ilike '%Auditoitava%' or actor ilike '%Auditoitava%'"))
                .isZero();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("delete from audit_entry").executeUpdate())).hasStackTraceContaining("append-only");
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    List<String> tablesWithParticipantColumn() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select table_name from information_schema.columns
                where table_schema = 'public' and column_name = 'participant_id' order by table_name""")
                .getResultList());
    }

    /** Every text-like column of every table in the service's schema that contains the value. */
    @SuppressWarnings("unchecked")
    List<String> occurrences(String value) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> columns = em.createNativeQuery("""
                    select table_name, column_name from information_schema.columns
                    where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json')""")
                    .getResultList();
            List<String> found = new ArrayList<>();
            for (Object[] c : columns) {
                Number n = (Number) em.createNativeQuery("select count(*) from \"" + c[0] + "\" where \"" + c[1]
                        + "\"::text ilike ?1").setParameter(1, "%" + value + "%").getSingleResult();
                if (n.longValue() > 0) {
                    found.add(c[0] + "." + c[1]);
                }
            }
            return found;
        });
    }
}
