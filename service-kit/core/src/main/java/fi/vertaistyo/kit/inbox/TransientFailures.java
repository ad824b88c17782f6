package fi.vertaistyo.kit.inbox;

import java.sql.SQLException;
import java.sql.SQLTransientException;

/**
 * Tells a failure that will pass (database restarting, connection lost, serialisation conflict)
 * from one that will not. Transient failures are retried in place, keeping the partition's
 * order; anything else is dead-lettered.
 */
public final class TransientFailures {

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08 connection, 53 resources, 57 operator intervention (shutdown), 40 rollback/serialisation
                if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57") || state.startsWith("40")) {
                    return true;
                }
            }
            if (t instanceof SQLException sql && sql.getSQLState() == null
                    && String.valueOf(sql.getMessage()).contains("Acquisition timeout")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
