package fi.vertaistyo.payout.month;

import fi.vertaistyo.kit.time.Helsinki;
import fi.vertaistyo.payout.db.Jdbc;
import fi.vertaistyo.payout.ledger.LedgerMonths;
import fi.vertaistyo.payout.statement.Statements;
import fi.vertaistyo.payout.web.Months;
import fi.vertaistyo.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * Closing a month: its statements are frozen and nothing more is posted into it. Attendance for it
 * that arrives later is posted into the first open month after it, labelled with the month worked.
 */
@ApplicationScoped
public class MonthClose {

    /** A month of the ledger: OPEN (provisional) or CLOSED (frozen), with its totals. */
    public record MonthView(YearMonth month, String status, int peers, long totalCents, Instant closedAt) {
    }

    private final Jdbc jdbc;
    private final LedgerMonths months;
    private final Statements statements;
    private final Clock clock;

    MonthClose(Jdbc jdbc, LedgerMonths months, Statements statements, Clock clock) {
        this.jdbc = jdbc;
        this.months = months;
        this.statements = statements;
        this.clock = clock;
    }

    @Transactional
    public MonthView close(String organisation, YearMonth month, String closedBy) {
        if (!month.isBefore(YearMonth.now(clock.withZone(Helsinki.ZONE)))) {
            throw ProblemException.refused("Month not closed", "MONTH_NOT_OVER",
                    "A month can be closed once it is over.");
        }
        months.lockOrganisation(organisation);
        if (months.isClosed(organisation, month)) {
            throw ProblemException.refused("Month not closed", "MONTH_ALREADY_CLOSED", "This month is already closed.");
        }
        boolean earlierOpen = jdbc.one("""
                select 1 from ledger_entry e
                where e.organisation = ? and e.posting_month < ?
                  and not exists (select 1 from ledger_month m where m.organisation = e.organisation and m.month = e.posting_month)
                limit 1""", rs -> true, organisation, month.atDay(1)).isPresent();
        if (earlierOpen) {
            throw ProblemException.refused("Month not closed", "EARLIER_MONTH_OPEN",
                    "An earlier month with activity money is still open; months are closed in order.");
        }
        Instant now = clock.instant();
        jdbc.update("insert into ledger_month (organisation, month, closed_at, closed_by) values (?, ?, ?, ?)",
                organisation, month.atDay(1), now, closedBy);
        statements.freeze(organisation, month, now);
        return view(organisation, month);
    }

    /** Months with activity money or closed, newest first. */
    @Transactional
    public List<MonthView> list(String organisation) {
        return jdbc.list("""
                select month from (
                    select distinct posting_month as month from ledger_entry where organisation = ?
                    union select month from ledger_month where organisation = ?) months
                order by month desc""", rs -> rs.getObject(1, LocalDate.class), organisation, organisation)
                .stream().map(m -> view(organisation, YearMonth.from(m))).toList();
    }

    private MonthView view(String organisation, YearMonth month) {
        return jdbc.one("""
                select m.closed_at, count(distinct e.participant_id), coalesce(sum(e.amount_cents), 0)
                from (select 1) one
                left join ledger_month m on m.organisation = ? and m.month = ?
                left join ledger_entry e on e.organisation = ? and e.posting_month = ?
                group by m.closed_at""", rs -> {
            OffsetDateTime closedAt = rs.getObject(1, OffsetDateTime.class);
            return new MonthView(month, closedAt == null ? "OPEN" : "CLOSED", rs.getInt(2), rs.getLong(3),
                    closedAt == null ? null : closedAt.toInstant());
        }, organisation, month.atDay(1), organisation, month.atDay(1)).orElseThrow();
    }
}
