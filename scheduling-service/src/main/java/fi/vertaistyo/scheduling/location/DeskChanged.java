package fi.vertaistyo.scheduling.location;

/**
 * A partner desk's own details (its name, address, agreed hours) were saved, fired inside the transaction
 * of the change: its duties carry the desk's name to the partner office, so planning tells them again.
 */
public record DeskChanged(Location desk) {
}
