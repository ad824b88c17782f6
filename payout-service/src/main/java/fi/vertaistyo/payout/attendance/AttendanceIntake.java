package fi.vertaistyo.payout.attendance;

import fi.vertaistyo.payout.ledger.ActivityMoneyLedger;
import fi.vertaistyo.payout.ledger.AttendanceFact;
import fi.vertaistyo.payout.ledger.LedgerSession;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Posts attendance to the ledger, a batch in one transaction: all of it or none. The attendance
 * record itself is the inbox — its id is unique, so a redelivery is recognised in the same
 * transaction as the posting, by any consumer instance.
 */
@ApplicationScoped
public class AttendanceIntake {

    private final AgroalDataSource dataSource;
    private final ActivityMoneyLedger ledger;

    AttendanceIntake(AgroalDataSource dataSource, ActivityMoneyLedger ledger) {
        this.dataSource = dataSource;
        this.ledger = ledger;
    }

    @Transactional
    public int apply(List<AttendanceFact> facts) {
        try (Connection connection = dataSource.getConnection()) {
            LedgerSession session = ledger.session(connection);
            return ledger.record(session, facts);
        } catch (SQLException e) {
            throw new LedgerUnavailableException(e);
        }
    }

    /** A database failure while posting; TransientFailures decides whether it is retried in place. */
    public static class LedgerUnavailableException extends RuntimeException {
        LedgerUnavailableException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
