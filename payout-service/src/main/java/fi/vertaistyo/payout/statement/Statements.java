package fi.vertaistyo.payout.statement;

import fi.vertaistyo.payout.db.Jdbc;
import fi.vertaistyo.payout.ledger.LedgerMonths;
import fi.vertaistyo.payout.statement.StatementViews.Detail;
import fi.vertaistyo.payout.statement.StatementViews.Entry;
import fi.vertaistyo.payout.statement.StatementViews.Statement;
import fi.vertaistyo.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Monthly statements per peer. An open month's statement is computed from the ledger as it stands;
 * closing the month freezes it into the statement table, and since no entry can be posted into a
 * closed month, the entries behind a frozen statement never change either.
 */
@ApplicationScoped
public class Statements {

    /** Per peer, the entries posted into one month: ?1 organisation, ?2 month, ?3 one peer or null for all. */
    private static final String FROM_LEDGER = """
            select d.participant_id, coalesce(p.display_name, '-') as display_name,
                   count(*) filter (where d.regular and d.minutes > 0) as days,
                   coalesce(sum(d.minutes) filter (where d.regular), 0) as minutes,
                   coalesce(sum(d.cents) filter (where d.regular), 0) as accrued_cents,
                   coalesce(sum(d.cents) filter (where not d.regular), 0) as adjustment_cents,
                   sum(d.cents) as total_cents, sum(d.entries) as entries
            from (
                select participant_id, work_date, work_date >= posting_month as regular, sum(minutes) as minutes,
                       sum(amount_cents) as cents, count(*) as entries
                from ledger_entry
                where organisation = ? and posting_month = ? and (cast(? as uuid) is null or participant_id = cast(? as uuid))
                group by participant_id, work_date, posting_month
            ) d left join known_peer p on p.participant_id = d.participant_id
            group by d.participant_id, p.display_name
            """;

    private final Jdbc jdbc;
    private final LedgerMonths months;

    Statements(Jdbc jdbc, LedgerMonths months) {
        this.jdbc = jdbc;
        this.months = months;
    }

    /** Writes the frozen statements of a month being closed; returns how many peers have one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int freeze(String organisation, YearMonth month, Instant closedAt) {
        return jdbc.update("""
                insert into statement (organisation, month, participant_id, display_name, days, minutes, accrued_cents,
                    adjustment_cents, total_cents, entries, closed_at)
                select ?, ?, s.* , ? from (""" + FROM_LEDGER + ") s",
                organisation, month.atDay(1), closedAt, organisation, month.atDay(1), null, null);
    }

    @Transactional
    public List<Statement> list(String organisation, YearMonth month) {
        return statements(organisation, month, null);
    }

    @Transactional
    public Detail detail(String organisation, YearMonth month, UUID participantId) {
        Statement statement = statements(organisation, month, participantId).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("A statement for this peer and month"));
        return new Detail(statement, entries(organisation, month, participantId));
    }

    /** A peer's own months, newest first. */
    @Transactional
    public List<Statement> history(String organisation, UUID participantId) {
        List<LocalDate> postingMonths = jdbc.list("""
                select distinct posting_month from ledger_entry where organisation = ? and participant_id = ?
                order by posting_month desc""", rs -> rs.getObject(1, LocalDate.class), organisation, participantId);
        return postingMonths.stream().flatMap(m -> statements(organisation, YearMonth.from(m), participantId).stream())
                .toList();
    }

    /** The month's statements, of one peer or (null) of all: frozen when the month is closed, else from the ledger. */
    private List<Statement> statements(String organisation, YearMonth month, UUID participantId) {
        boolean frozen = months.isClosed(organisation, month);
        String sql = frozen ? """
                select participant_id, display_name, days, minutes, accrued_cents, adjustment_cents, total_cents, entries
                from statement
                where organisation = ? and month = ? and (cast(? as uuid) is null or participant_id = cast(? as uuid))"""
                : FROM_LEDGER;
        return jdbc.list(sql + " order by display_name, participant_id", rs -> statement(rs, month, frozen),
                organisation, month.atDay(1), participantId, participantId);
    }

    private List<Entry> entries(String organisation, YearMonth month, UUID participantId) {
        return jdbc.list("""
                select e.id, e.work_date, e.kind, e.minutes, e.amount_cents, e.location_id, f.location_name, e.posted_at
                from ledger_entry e join attendance_fact f on f.attendance_id = e.attendance_id
                where e.organisation = ? and e.posting_month = ? and e.participant_id = ?
                order by e.work_date, e.id""", rs -> {
            LocalDate date = rs.getObject(2, LocalDate.class);
            return new Entry(rs.getLong(1), date, YearMonth.from(date), YearMonth.from(date).isBefore(month),
                    rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getObject(6, UUID.class), rs.getString(7),
                    rs.getObject(8, OffsetDateTime.class).toInstant());
        }, organisation, month.atDay(1), participantId);
    }

    private static Statement statement(ResultSet rs, YearMonth month, boolean frozen) throws SQLException {
        return new Statement(rs.getObject("participant_id", UUID.class), rs.getString("display_name"), month, frozen,
                rs.getInt("days"), rs.getInt("minutes"), rs.getInt("accrued_cents"), rs.getInt("adjustment_cents"),
                rs.getInt("total_cents"), rs.getInt("entries"));
    }
}
