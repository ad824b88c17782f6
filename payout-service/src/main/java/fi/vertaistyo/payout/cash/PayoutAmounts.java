package fi.vertaistyo.payout.cash;

import fi.vertaistyo.payout.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** What each peer is due at a location's payout day for a closed month, read from the ledger and the last payout day. */
@ApplicationScoped
class PayoutAmounts {

    /** The month's activity money at the location, and what the peer left unclaimed (or owed) last time. */
    record Due(int monthCents, int carriedCents) {

        Due plus(Due other) {
            return new Due(monthCents + other.monthCents, carriedCents + other.carriedCents);
        }

        boolean isNothing() {
            return monthCents == 0 && carriedCents == 0;
        }
    }

    private final Jdbc jdbc;

    PayoutAmounts(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Per peer (in id order): the month's ledger total at the location plus what the previous closed day carried over. */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<UUID, Due> dueAt(String organisation, UUID locationId, YearMonth month) {
        Map<UUID, Due> due = new TreeMap<>();
        jdbc.list("""
                select participant_id, sum(amount_cents) from ledger_entry
                where organisation = ? and posting_month = ? and location_id = ? group by participant_id""",
                rs -> due.merge(rs.getObject(1, UUID.class), new Due(rs.getInt(2), 0), Due::plus),
                organisation, month.atDay(1), locationId);
        // Unclaimed money, and a negative balance (a reversal after payment), of the location's previous closed day.
        jdbc.list("""
                select l.participant_id, l.due_cents from payout_line l join payout_day d on d.id = l.payout_day_id
                where d.organisation = ? and d.location_id = ? and d.status = 'CLOSED'
                  and d.month = (select max(month) from payout_day p
                                 where p.organisation = d.organisation and p.location_id = d.location_id
                                   and p.status = 'CLOSED' and p.month < ?)
                  and (l.status = 'UNCLAIMED' or (l.status = 'NOTHING_DUE' and l.due_cents < 0))""",
                rs -> due.merge(rs.getObject(1, UUID.class), new Due(0, rs.getInt(2)), Due::plus),
                organisation, locationId, month.atDay(1));
        return due;
    }
}
