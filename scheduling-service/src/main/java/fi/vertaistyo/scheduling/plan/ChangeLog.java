package fi.vertaistyo.scheduling.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** Who changed what in a published plan, when and why. */
@ApplicationScoped
public class ChangeLog {

    private final Clock clock;

    ChangeLog(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Shift shift, ShiftChange.What what, UUID participantId, String reason, String by) {
        ShiftChange.of(shift, what, participantId, reason, by, clock.instant()).persist();
    }
}
