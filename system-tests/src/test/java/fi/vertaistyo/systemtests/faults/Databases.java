package fi.vertaistyo.systemtests.faults;

import fi.vertaistyo.systemtests.Platform;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

/** Reads a service's own database, as only a test on the developer's machine may. */
final class Databases {

    private Databases() {
    }

    /** How many rows of {@code table} have {@code column} among {@code values} (uuid or text). */
    static long count(String service, String table, String column, Collection<String> values) {
        String sql = "select count(*) from " + table + " where " + column + "::text = any (?)";
        try (Connection c = Platform.database(service); PreparedStatement st = c.prepareStatement(sql)) {
            st.setArray(1, c.createArrayOf("text", values.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count " + table + " in " + service, e);
        }
    }
}
