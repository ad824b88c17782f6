package fi.vertaistyo.payout.ledger;

import fi.vertaistyo.payout.ledger.ActivityMoneyLedger.Day;
import fi.vertaistyo.payout.ledger.ActivityMoneyLedger.DayKey;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The ledger's SQL. Plain JDBC on the transaction's connection: the ingest path runs a handful of
 * statements per event and is measured (docs/benchmarks/payout-ledger.md).
 */
@ApplicationScoped
class LedgerStore {

    void lockOrganisation(Connection c, String organisation, boolean exclusive) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(exclusive
                ? "select pg_advisory_xact_lock(hashtextextended('ledger:' || ?, 0))"
                : "select pg_advisory_xact_lock_shared(hashtextextended('ledger:' || ?, 0))")) {
            ps.setString(1, organisation);
            ps.execute();
        }
    }

    void lockDay(Connection c, UUID participantId, UUID programmeId, LocalDate date) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select pg_advisory_xact_lock(hashtextextended('day:' || ? || ':' || ? || ':' || ?, 0))")) {
            ps.setString(1, participantId.toString());
            ps.setString(2, programmeId.toString());
            ps.setString(3, date.toString());
            ps.execute();
        }
    }

    /** @return false when a record with this id, or another correction of the same record, is known */
    boolean insertFact(Connection c, AttendanceFact f, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into attendance_fact (attendance_id, participant_id, organisation, programme_id, location_id,
                    location_name, shift_id, work_date, minutes, corrects, event_id, received_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")) {
            ps.setObject(1, f.attendanceId());
            ps.setObject(2, f.participantId());
            ps.setString(3, f.organisation());
            ps.setObject(4, f.programmeId());
            ps.setObject(5, f.locationId());
            ps.setString(6, f.locationName());
            ps.setObject(7, f.shiftId());
            ps.setObject(8, f.date());
            ps.setInt(9, f.minutes());
            ps.setObject(10, f.corrects(), Types.OTHER);
            ps.setString(11, f.eventId());
            ps.setTimestamp(12, Timestamp.from(now));
            return ps.executeUpdate() == 1;
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

    Day day(Connection c, UUID participantId, UUID programmeId, LocalDate date) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select f.attendance_id, f.minutes, f.corrects, f.location_id, f.organisation,
                       coalesce(sum(e.amount_cents), 0), coalesce(sum(e.minutes), 0)
                from attendance_fact f left join ledger_entry e on e.attendance_id = f.attendance_id
                where f.participant_id = ? and f.programme_id = ? and f.work_date = ?
                group by f.attendance_id order by f.attendance_id""")) {
            ps.setObject(1, participantId);
            ps.setObject(2, programmeId);
            ps.setObject(3, date);
            List<Day.Fact> facts = new ArrayList<>();
            String organisation = null;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    facts.add(new Day.Fact(rs.getObject(1, UUID.class), rs.getInt(2), rs.getObject(3, UUID.class),
                            rs.getObject(4, UUID.class), rs.getInt(6), rs.getInt(7)));
                    organisation = rs.getString(5);
                }
            }
            return new Day(participantId, organisation, programmeId, date, facts);
        }
    }

    record NewEntry(String key, String organisation, UUID participantId, UUID programmeId, UUID locationId,
            UUID attendanceId, LocalDate workDate, LocalDate postingMonth, String kind, int cents, int minutes,
            Integer rulesVersion, Instant postedAt) {
    }

    void insertEntry(Connection c, NewEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into ledger_entry (idempotency_key, organisation, participant_id, programme_id, location_id,
                    attendance_id, work_date, posting_month, kind, amount_cents, minutes, rules_version, posted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
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
            ps.executeUpdate();
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

    List<DayKey> daysFrom(Connection c, String organisation, UUID programmeId, LocalDate from) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select distinct participant_id, work_date from attendance_fact
                where programme_id = ? and organisation = ? and work_date >= ?
                order by participant_id, work_date""")) {
            ps.setObject(1, programmeId);
            ps.setString(2, organisation);
            ps.setObject(3, from);
            List<DayKey> days = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    days.add(new DayKey(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)));
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
