package fi.vertaistyo.payout.attendance;

import fi.vertaistyo.payout.ledger.ActivityMoneyLedger;
import fi.vertaistyo.payout.ledger.AttendanceFact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Posts attendance to the ledger, a batch in one transaction: all of it or none. The attendance
 * record itself is the inbox — its id is unique, so a redelivery is recognised in the same
 * transaction as the posting, by any consumer instance.
 */
@ApplicationScoped
public class AttendanceIntake {

    private final ActivityMoneyLedger ledger;

    AttendanceIntake(ActivityMoneyLedger ledger) {
        this.ledger = ledger;
    }

    @Transactional
    public int apply(List<AttendanceFact> facts) {
        return ledger.record(facts);
    }
}
