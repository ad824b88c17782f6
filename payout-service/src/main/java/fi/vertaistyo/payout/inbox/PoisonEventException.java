package fi.vertaistyo.payout.inbox;

/**
 * An event that can never be applied as it is (unreadable, or missing what the contract
 * requires). It goes to the dead-letter topic instead of being retried.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String reason) {
        super(reason, null, false, false);
    }
}
