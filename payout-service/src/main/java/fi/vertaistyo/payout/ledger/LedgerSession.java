package fi.vertaistyo.payout.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One transaction's view of the ledger. Posting holds an organisation's lock shared, closing a month
 * or changing a programme's rules holds it exclusively, so the closed months and rules read here
 * cannot change until the transaction ends — which is why they can be remembered for its length.
 */
final class LedgerSession {

    private final Connection connection;
    private final LedgerStore store;
    private final Instant now;
    private final Set<String> sharedOrganisations = new HashSet<>();
    private final Set<String> exclusiveOrganisations = new HashSet<>();
    private final Map<UUID, List<ProgrammeRules>> rules = new HashMap<>();
    private final Map<String, Set<LocalDate>> closedMonths = new HashMap<>();

    LedgerSession(Connection connection, LedgerStore store, Instant now) {
        this.connection = connection;
        this.store = store;
        this.now = now;
    }

    Connection connection() {
        return connection;
    }

    Instant now() {
        return now;
    }

    void shareOrganisation(String organisation) throws SQLException {
        if (!exclusiveOrganisations.contains(organisation) && sharedOrganisations.add(organisation)) {
            store.lockOrganisation(connection, organisation, false);
        }
    }

    void lockOrganisationExclusively(String organisation) throws SQLException {
        if (exclusiveOrganisations.add(organisation)) {
            store.lockOrganisation(connection, organisation, true);
            closedMonths.remove(organisation);
        }
    }

    Optional<ProgrammeRules> rulesInForce(UUID programmeId, LocalDate day) throws SQLException {
        List<ProgrammeRules> versions = rules.get(programmeId);
        if (versions == null) {
            versions = store.rules(connection, programmeId);
            rules.put(programmeId, versions);
        }
        return ProgrammeRules.inForce(versions, day);
    }

    void forgetRules(UUID programmeId) {
        rules.remove(programmeId);
    }

    /** The month worked, or the first open month after it when it is closed: the adjustment lands there. */
    LocalDate postingMonth(String organisation, LocalDate monthWorked) throws SQLException {
        Set<LocalDate> closed = closedMonths.get(organisation);
        if (closed == null) {
            closed = store.closedMonths(connection, organisation);
            closedMonths.put(organisation, closed);
        }
        LocalDate month = monthWorked;
        while (closed.contains(month)) {
            month = month.plusMonths(1);
        }
        return month;
    }
}
