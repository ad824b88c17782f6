package fi.vertaistyo.scheduling;

import fi.vertaistyo.kit.testing.TestTokens;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * Where most scheduling tests start: a new organisation with a programme (absences in time 24 h
 * ahead), a Monday three weeks ahead and its month. A test extends it and adds its own locations
 * and plans; each test gets its own organisation, so no test sees another's data.
 */
public abstract class MonthAtALobby {

    @Inject
    protected TestWorld world;

    protected String org;
    protected UUID programme;
    protected LocalDate monday;
    protected YearMonth month;

    @BeforeEach
    void aNewOrganisationWithAMonthAhead() {
        org = TestTokens.newOrganisation();
        programme = world.programme(org, 24);
        monday = TestApi.mondayAhead(3);
        month = YearMonth.from(monday);
    }

    /** A draft plan for the month at a new site of the programme. */
    protected String planAt(String siteName) {
        return TestApi.plan(org, TestApi.site(org, programme, siteName), month);
    }
}
