package fi.vertaistyo.systemtests.badinput;

import fi.vertaistyo.systemtests.Platform;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether anything was written to a service's database: per table the row count and the newest
 * row version (xmin), which any insert, update or delete changes. The outbox (its relay marks rows
 * sent), the processed-event table (fed by other services' events) and Flyway's history are left out.
 */
final class DatabaseWrites implements AutoCloseable {

    private static final List<String> IGNORED = List.of("outbox_event", "processed_event", "flyway_schema_history");

    private final Connection connection;
    private final String fingerprintQuery;

    DatabaseWrites(String service) throws SQLException {
        connection = Platform.database(service);
        List<String> parts = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet tables = st.executeQuery("select relname from pg_stat_user_tables order by relname")) {
            while (tables.next()) {
                String table = tables.getString(1);
                if (!IGNORED.contains(table)) {
                    parts.add("select '" + table + "' || ':' || count(*) || ':' || coalesce(max(xmin::text::bigint), 0) from " + table);
                }
            }
        }
        fingerprintQuery = "select string_agg(f, ',') from (" + String.join(" union all ", parts) + ") as t(f)";
    }

    String fingerprint() {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(fingerprintQuery)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the database's fingerprint", e);
        }
    }

    /** The tables whose fingerprint differs between two readings. */
    static String changedTables(String before, String after) {
        List<String> was = List.of(before.split(","));
        List<String> changed = new ArrayList<>();
        for (String part : after.split(",")) {
            if (!was.contains(part)) {
                changed.add(part.substring(0, part.indexOf(':')));
            }
        }
        return String.join(", ", changed);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
