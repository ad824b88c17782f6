package fi.vertaistyo.scheduling.erasure;

import static fi.vertaistyo.kit.testing.TestTokens.newOrganisation;
import static fi.vertaistyo.scheduling.TestApi.as;
import static fi.vertaistyo.scheduling.TestApi.asPartner;
import static fi.vertaistyo.scheduling.TestApi.assign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import fi.vertaistyo.kit.testing.TestKafka;
import fi.vertaistyo.kit.testing.TestSchemas;
import fi.vertaistyo.scheduling.TestApi;
import fi.vertaistyo.scheduling.TestWorld;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SchedulingErasureTest {

    @Inject
    TestWorld world;

    @Inject
    EntityManager em;

    @Test
    void anErasedGuidesDutiesAreToldAgainUnderThePseudonymAndTheirFreeTextsAreGone() {
        String org = newOrganisation();
        UUID programme = world.programme(org, 24);
        LocalDate monday = TestApi.mondayAhead(3);
        YearMonth month = YearMonth.from(monday);
        String desk = TestApi.desk(org, programme, "Kela Itäkeskus", "kela-itakeskus", null);
        String plan = TestApi.plan(org, desk, month);
        UUID eeva = world.peerWorking(org, programme, month, "Eeva Erasable", 3, 360);
        String worked = TestApi.shift(org, plan, monday, "09:00", "12:00");
        String missed = TestApi.shift(org, plan, monday.plusDays(2), "09:00", "12:00");
        assign(org, worked, eeva).then().statusCode(200);
        assign(org, missed, eeva).then().statusCode(200);
        TestApi.publish(org, plan);
        as("coordinator", org).body(Map.of("participantId", eeva, "noNotice", false, "reason", "Eeva's migraine"))
                .post("/api/scheduling/shifts/" + missed + "/absences").then().statusCode(201);
        String topic = TestKafka.config("vertaistyo.topics.desk-duty") + "." + org + ".kela-itakeskus";
        TestKafka.awaitAllRecords(topic, 2, Duration.ofSeconds(20));

        world.erase(eeva, org, "Pseudonym eeva0000");

        asPartner(org, "kela-itakeskus").get("/api/scheduling/partner/desk-duty?from=" + month.atDay(1) + "&to="
                + month.atEndOfMonth()).then().statusCode(200)
                .body("displayName", contains("Pseudonym eeva0000", "Pseudonym eeva0000"));
        // every duty told again, under the pseudonym: the newest record of each duty (all compaction keeps)
        Map<String, String> newest = new java.util.HashMap<>();
        for (var r : TestKafka.allRecords(topic, Duration.ofSeconds(5))) {
            newest.put(r.key(), TestSchemas.json(r.value()).at("/data/displayName").asText());
        }
        assertThat(newest).hasSize(2).allSatisfy((duty, name) -> assertThat(name).isEqualTo("Pseudonym eeva0000"));
        assertThat(count("select count(*) from outbox_event where payload::text like '%Eeva%'")).isZero();
        assertThat(count("select count(*) from absence where reason like '%migraine%'")).isZero();
        assertThat(count("select count(*) from known_peer where display_name like 'Eeva%'")).isZero();
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
