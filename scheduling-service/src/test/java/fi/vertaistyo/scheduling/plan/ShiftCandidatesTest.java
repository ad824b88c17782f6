package fi.vertaistyo.scheduling.plan;

import static fi.vertaistyo.scheduling.TestApi.as;
import static fi.vertaistyo.scheduling.TestApi.assign;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import fi.vertaistyo.kit.testing.TestTokens;
import fi.vertaistyo.scheduling.MonthAtALobby;
import fi.vertaistyo.scheduling.TestApi;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The choices for a shift are judged by the assignment rules themselves, before the coordinator tries. */
@QuarkusTest
class ShiftCandidatesTest extends MonthAtALobby {

    @Test
    void everyCurrentPeerIsListedWithTheReasonTheRulesWouldRefuseThem() {
        String plan = planAt("Lift lobby");
        UUID pete = world.peerWorking(org, programme, month, "Pete", 3, 210);
        UUID sanna = world.peerWorking(org, programme, month, "Sanna K.", 3, 210);
        UUID jussi = world.peerWorking(org, programme, month, "Jussi", 3, 210);
        UUID ville = world.peer(org, "Ville");
        UUID aino = world.peerWorking(org, programme, month, "Aino", 3, 210);
        world.status(aino, org, "PAUSED");
        UUID olli = world.peerWorking(org, programme, month, "Olli", 3, 210);
        world.status(olli, org, "ALUMNI");
        // Monday to Wednesday of a week inside the month: Pete's three days are taken before Thursday.
        LocalDate firstMonday = YearMonth.from(monday.plusDays(3)).equals(month) ? monday : monday.minusWeeks(1);
        for (int day = 0; day < 3; day++) {
            assign(org, TestApi.shift(org, plan, firstMonday.plusDays(day), "08:30", "12:00"), pete).then().statusCode(200);
        }
        String thursday = TestApi.shift(org, plan, firstMonday.plusDays(3), "08:30", "12:00", 2);
        assign(org, thursday, jussi).then().statusCode(200);

        as("coordinator", org).get("/api/scheduling/shifts/" + thursday + "/candidates").then().statusCode(200)
                .body("displayName", contains("Jussi", "Sanna K.", "Aino", "Pete", "Ville"))
                .body("find { it.participantId == '" + jussi + "' }.onShift", equalTo(true))
                .body("find { it.participantId == '" + sanna + "' }.reason", nullValue())
                .body("find { it.participantId == '" + aino + "' }.reason", equalTo("PEER_NOT_AVAILABLE"))
                .body("find { it.participantId == '" + pete + "' }.reason", equalTo("DAYS_PER_WEEK_EXCEEDED"))
                .body("find { it.participantId == '" + pete + "' }.detail",
                        equalTo("The agreement allows 3 days a week; this would be day 4 of that week."))
                .body("find { it.participantId == '" + ville + "' }.reason", equalTo("NO_AGREEMENT_IN_FORCE"))
                .body("participantId", not(hasItem(olli.toString())));
        // The list judged what an assignment judges: Pete is refused for the reason shown, Sanna is taken.
        assign(org, thursday, pete).then().statusCode(409).body("reason", equalTo("DAYS_PER_WEEK_EXCEEDED"));
        assign(org, thursday, sanna).then().statusCode(200);
    }

    @Test
    void anotherOrganisationsShiftAndPeersStayHidden() {
        String plan = planAt("Lift lobby");
        String shift = TestApi.shift(org, plan, monday, "08:30", "12:00");
        String other = TestTokens.newOrganisation();
        world.peer(other, "Someone else's peer");
        as("coordinator", other).get("/api/scheduling/shifts/" + shift + "/candidates").then().statusCode(404)
                .contentType("application/problem+json");
        as("coordinator", org).get("/api/scheduling/shifts/" + shift + "/candidates").then().statusCode(200)
                .body("displayName", not(hasItem("Someone else's peer")));
    }
}
