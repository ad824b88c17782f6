package fi.vertaistyo.scheduling.plan;

import fi.vertaistyo.scheduling.location.Location;

/**
 * A duty on a shift was added, changed, released or cancelled, fired inside the transaction of
 * the change. Desk duty observes it to tell the partner office (when the location is one of its
 * desks), so planning needs to know nothing about partner offices.
 */
public record DutyChanged(Location location, Shift shift, ShiftAssignment duty) {
}
