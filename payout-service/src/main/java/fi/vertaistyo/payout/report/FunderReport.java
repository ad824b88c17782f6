package fi.vertaistyo.payout.report;

import fi.vertaistyo.payout.db.Jdbc;
import fi.vertaistyo.payout.ledger.LedgerMonths;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Monthly totals per programme and location for funders: counts, hours and euros, never a name or
 * a participant id. Adjustments are what was posted this month for earlier, closed months.
 */
@ApplicationScoped
public class FunderReport {

    public record Row(YearMonth month, boolean closed, String programmeCode, UUID locationId, String locationName,
            int peers, int days, int minutes, long accruedCents, long adjustmentCents, long totalCents) {
    }

    private final Jdbc jdbc;
    private final LedgerMonths months;

    FunderReport(Jdbc jdbc, LedgerMonths months) {
        this.jdbc = jdbc;
        this.months = months;
    }

    @Transactional
    public List<Row> monthly(String organisation, YearMonth month) {
        boolean closed = months.isClosed(organisation, month);
        return jdbc.list("""
                with m as (
                    select programme_id, location_id, participant_id, work_date, minutes, amount_cents,
                           work_date >= posting_month as regular
                    from ledger_entry where organisation = ? and posting_month = ?
                ), worked as (
                    select programme_id, location_id, participant_id, work_date from m where regular
                    group by programme_id, location_id, participant_id, work_date having sum(minutes) > 0
                ), totals as (
                    select programme_id, location_id,
                           sum(case when regular then minutes else 0 end) as minutes,
                           sum(case when regular then amount_cents else 0 end) as accrued,
                           sum(case when regular then 0 else amount_cents end) as adjustments,
                           sum(amount_cents) as total
                    from m group by programme_id, location_id
                )
                select coalesce((select r.programme_code from programme_rules r where r.programme_id = t.programme_id
                                 order by r.version desc limit 1), '-') as programme_code,
                       t.location_id,
                       coalesce((select f.location_name from attendance_fact f where f.location_id = t.location_id
                                 order by f.received_at desc limit 1), '-') as location_name,
                       (select count(distinct w.participant_id) from worked w
                        where w.programme_id = t.programme_id and w.location_id = t.location_id) as peers,
                       (select count(*) from worked w
                        where w.programme_id = t.programme_id and w.location_id = t.location_id) as days,
                       t.minutes, t.accrued, t.adjustments, t.total
                from totals t order by programme_code, location_name""",
                rs -> new Row(month, closed, rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)),
                organisation, month.atDay(1));
    }

    /** The same rows as CSV (RFC 4180), euros and hours with two decimals, computed from cents and minutes. */
    public static String csv(List<Row> rows) {
        StringBuilder out = new StringBuilder(
                "month,closed,programme,location,peers,days,hours,accrued_eur,adjustments_eur,total_eur\r\n");
        for (Row r : rows) {
            out.append(r.month()).append(',').append(r.closed()).append(',').append(cell(r.programmeCode()))
                    .append(',').append(cell(r.locationName())).append(',').append(r.peers()).append(',')
                    .append(r.days()).append(',')
                    .append(BigDecimal.valueOf(r.minutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP))
                    .append(',').append(euros(r.accruedCents())).append(',').append(euros(r.adjustmentCents()))
                    .append(',').append(euros(r.totalCents())).append("\r\n");
        }
        return out.toString();
    }

    private static String euros(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /** Quoted when needed; a leading formula character is neutralised so a spreadsheet never runs it. */
    private static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
