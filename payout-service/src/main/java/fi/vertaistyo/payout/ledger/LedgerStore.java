package fi.vertaistyo.payout.ledger;

import fi.vertaistyo.payout.ledger.ActivityMoneyLedger.Day;
import fi.vertaistyo.payout.ledger.ActivityMoneyLedger.DayId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.UUID;

/**
 * The ledger's SQL. Plain JDBC on the transaction's connection: the ingest path runs a handful of
 * statements per event and is measured (docs/benchmarks/payout-ledger.md).
 */
@ApplicationScoped
class LedgerStore {

    static final String LOCK_ORGANISATION = "select pg_advisory_xact_lock(hashtextextended('ledger:' || ?, 0))";
    static final String SHARE_ORGANISATION = "select pg_advisory_xact_lock_shared(hashtextextended('ledger:' || ?, 0))";

    void lockOrganisation(Connection c, String organisation, boolean exclusive) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(exclusive ? LOCK_ORGANISATION : SHARE_ORGANISATION)) {
            ps.setString(1, organisation);
            ps.execute();
        }
    }

    /** Day locks in one global order (by key hash), so two transactions never wait for each other in a circle. */
    void lockDays(Connection c, Collection<DayId> days) throws SQLException {
        if (days.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                select pg_advisory_xact_lock(h) from (
                    select distinct hashtextextended(k, 0) as h from unnest(?::text[]) k order by 1) keys""")) {
            ps.setArray(1, c.createArrayOf("text", days.stream().map(DayId::lockKey).toArray()));
            ps.execute();
        }
    }

    /**
     * Stores the records that are new; a known attendance id, or a second correction of one record,
     * is left out (and judged by the caller).
     *
     * @return the ids stored
     */
    Set<UUID> insertFacts(Connection c, List<AttendanceFact> facts, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into attendance_fact (attendance_id, participant_id, organisation, programme_id, location_id,
                    location_name, shift_id, work_date, minutes, corrects, event_id, received_at)
                select a::uuid, p::uuid, o, g::uuid, l::uuid, n, s::uuid, d::date, m::int, x::uuid, e, ?
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::text[], ?::text[]) as t(a, p, o, g, l, n, s, d, m, x, e)
                on conflict do nothing
                returning attendance_id""")) {
            ps.setTimestamp(1, Timestamp.from(now));
            List<Function<AttendanceFact, Object>> columns = List.of(AttendanceFact::attendanceId,
                    AttendanceFact::participantId, AttendanceFact::organisation, AttendanceFact::programmeId,
                    AttendanceFact::locationId, AttendanceFact::locationName, AttendanceFact::shiftId,
                    AttendanceFact::date, AttendanceFact::minutes, AttendanceFact::corrects, AttendanceFact::eventId);
            for (int i = 0; i < columns.size(); i++) {
                var column = columns.get(i);
                ps.setArray(i + 2, c.createArrayOf("text", facts.stream()
                        .map(column).map(v -> v == null ? null : v.toString()).toArray()));
            }
            Set<UUID> stored = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getObject(1, UUID.class));
                }
            }
            return stored;
        }
    }

    AttendanceFact fact(Connection c, UUID attendanceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select attendance_id, participant_id, organisation, programme_id, location_id, location_name,
                       shift_id, work_date, minutes, corrects, event_id
                from attendance_fact where attendance_id = ?""")) {
            ps.setObject(1, attendanceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new AttendanceFact(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getString(6),
                        rs.getObject(7, UUID.class), rs.getObject(8, LocalDate.class), rs.getInt(9),
                        rs.getObject(10, UUID.class), rs.getString(11));
            }
        }
    }

    /** The days as they stood before the records just stored ({@code leaveOut}); a day without records is empty. */
    Map<DayId, Day> days(Connection c, Collection<DayId> ids, Set<UUID> leaveOut) throws SQLException {
        Map<DayId, Day> days = new LinkedHashMap<>();
        ids.forEach(id -> days.put(id, new Day(id)));
        if (ids.isEmpty()) {
            return days;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                select f.participant_id, f.programme_id, f.work_date, f.attendance_id, f.minutes, f.corrects,
                       f.location_id, f.organisation, coalesce(sum(e.amount_cents), 0), coalesce(sum(e.minutes), 0)
                from attendance_fact f left join ledger_entry e on e.attendance_id = f.attendance_id
                where (f.participant_id, f.programme_id, f.work_date) in (
                          select p::uuid, g::uuid, d::date from unnest(?::text[], ?::text[], ?::text[]) as t(p, g, d))
                  and not (f.attendance_id = any(?::uuid[]))
                group by f.attendance_id
                order by f.attendance_id""")) {
            ps.setArray(1, c.createArrayOf("text", ids.stream().map(d -> d.participantId().toString()).toArray()));
            ps.setArray(2, c.createArrayOf("text", ids.stream().map(d -> d.programmeId().toString()).toArray()));
            ps.setArray(3, c.createArrayOf("text", ids.stream().map(d -> d.date().toString()).toArray()));
            ps.setArray(4, c.createArrayOf("uuid", leaveOut.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    DayId id = new DayId(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, LocalDate.class));
                    days.get(id).facts.add(new Day.Fact(rs.getObject(4, UUID.class), rs.getInt(5),
                            rs.getObject(6, UUID.class), rs.getObject(7, UUID.class), rs.getString(8), rs.getInt(9),
                            rs.getInt(10)));
                }
            }
        }
        return days;
    }

    record NewEntry(String key, String organisation, UUID participantId, UUID programmeId, UUID locationId,
            UUID attendanceId, LocalDate workDate, LocalDate postingMonth, String kind, int cents, int minutes,
            Integer rulesVersion, Instant postedAt) {
    }

    void insertEntries(Connection c, List<NewEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into ledger_entry (idempotency_key, organisation, participant_id, programme_id, location_id,
                    attendance_id, work_date, posting_month, kind, amount_cents, minutes, rules_version, posted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (NewEntry e : entries) {
                ps.setString(1, e.key());
                ps.setString(2, e.organisation());
                ps.setObject(3, e.participantId());
                ps.setObject(4, e.programmeId());
                ps.setObject(5, e.locationId());
                ps.setObject(6, e.attendanceId());
                ps.setObject(7, e.workDate());
                ps.setObject(8, e.postingMonth());
                ps.setString(9, e.kind());
                ps.setInt(10, e.cents());
                ps.setInt(11, e.minutes());
                ps.setObject(12, e.rulesVersion(), Types.INTEGER);
                ps.setTimestamp(13, Timestamp.from(e.postedAt()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    List<ProgrammeRules> rules(Connection c, UUID programmeId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select programme_id, version, organisation, programme_code, kind, valid_from, cents_per_hour,
                       daily_cap_cents
                from programme_rules where programme_id = ?""")) {
            ps.setObject(1, programmeId);
            List<ProgrammeRules> versions = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    versions.add(rules(rs));
                }
            }
            return versions;
        }
    }

    /** @return the version already known, or null when this one was new and is now stored */
    ProgrammeRules insertRules(Connection c, ProgrammeRules r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into programme_rules (programme_id, version, organisation, programme_code, kind, valid_from,
                    cents_per_hour, daily_cap_cents)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")) {
            ps.setObject(1, r.programmeId());
            ps.setInt(2, r.version());
            ps.setString(3, r.organisation());
            ps.setString(4, r.programmeCode());
            ps.setString(5, r.kind());
            ps.setObject(6, r.validFrom());
            ps.setInt(7, r.money().centsPerHour());
            ps.setInt(8, r.money().dailyCapCents());
            if (ps.executeUpdate() == 1) {
                return null;
            }
        }
        return rules(c, r.programmeId()).stream().filter(k -> k.version() == r.version()).findFirst().orElseThrow();
    }

    private static ProgrammeRules rules(ResultSet rs) throws SQLException {
        return new ProgrammeRules(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getObject(6, LocalDate.class), new ActivityMoney(rs.getInt(7), rs.getInt(8)));
    }

    List<DayId> daysFrom(Connection c, String organisation, UUID programmeId, LocalDate from) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select distinct participant_id, work_date from attendance_fact
                where programme_id = ? and organisation = ? and work_date >= ?
                order by participant_id, work_date""")) {
            ps.setObject(1, programmeId);
            ps.setString(2, organisation);
            ps.setObject(3, from);
            List<DayId> days = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    days.add(new DayId(rs.getObject(1, UUID.class), programmeId, rs.getObject(2, LocalDate.class)));
                }
            }
            return days;
        }
    }

    Set<LocalDate> closedMonths(Connection c, String organisation) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select month from ledger_month where organisation = ?")) {
            ps.setString(1, organisation);
            Set<LocalDate> months = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    months.add(rs.getObject(1, LocalDate.class));
                }
            }
            return months;
        }
    }
}
