package fi.vertaistyo.scheduling.plan;

import fi.vertaistyo.scheduling.location.Location;
import fi.vertaistyo.scheduling.location.Locations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Tells these duties again ({@link DutyChanged}) when something about them changed outside planning —
 * a guide's qualification, a guide's erasure — so a partner office hears it at once.
 */
@ApplicationScoped
public class DutiesToldAgain {

    private final Locations locations;
    private final Event<DutyChanged> dutyChanged;

    DutiesToldAgain(Locations locations, Event<DutyChanged> dutyChanged) {
        this.locations = locations;
        this.dutyChanged = dutyChanged;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(String organisation, List<UUID> dutyIds) {
        for (UUID id : dutyIds) {
            ShiftAssignment duty = ShiftAssignment.findById(id);
            Shift shift = Shift.findById(duty.shiftId);
            Location desk = locations.find(organisation, shift.locationId);
            dutyChanged.fire(new DutyChanged(desk, shift, duty));
        }
    }
}
