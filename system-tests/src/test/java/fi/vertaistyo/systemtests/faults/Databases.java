package fi.vertaistyo.systemtests.faults;

import java.sql.Connection;
import java.sql.DriverManager;
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
        try (Connection c = connect(service); PreparedStatement st = c.prepareStatement(sql)) {
            st.setArray(1, c.createArrayOf("text", values.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count " + table + " in " + service, e);
        }
    }

    /** How many of the values appear more than once in {@code column} of {@code table}. */
    static long duplicates(String service, String table, String column, Collection<String> values) {
        String sql = "select count(*) from (select " + column + " from " + table + " where " + column
                + "::text = any (?) group by " + column + " having count(*) > 1) as d";
        try (Connection c = connect(service); PreparedStatement st = c.prepareStatement(sql)) {
            st.setArray(1, c.createArrayOf("text", values.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count duplicates in " + table + " of " + service, e);
        }
    }

    private static Connection connect(String service) throws SQLException {
        String password = System.getenv(service.toUpperCase() + "_DB_PASSWORD");
        if (password == null) {
            throw new IllegalStateException(service.toUpperCase() + "_DB_PASSWORD is not set: run through dev/test");
        }
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + service, service, password);
    }
}
