package fi.vertaistyo.payout.ledger;

import fi.vertaistyo.payout.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.YearMonth;

/** Which months of an organisation are closed, and the lock that keeps postings out while one closes. */
@ApplicationScoped
public class LedgerMonths {

    private final Jdbc jdbc;

    LedgerMonths(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isClosed(String organisation, YearMonth month) {
        return jdbc.one("select 1 from ledger_month where organisation = ? and month = ?", rs -> true, organisation,
                month.atDay(1)).isPresent();
    }

    /** Waits for postings in flight and keeps new ones out until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockOrganisation(String organisation) {
        jdbc.one(LedgerStore.LOCK_ORGANISATION, rs -> true, organisation);
    }
}
