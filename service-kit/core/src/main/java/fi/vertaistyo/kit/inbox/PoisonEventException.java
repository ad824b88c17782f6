package fi.vertaistyo.kit.inbox;

/**
 * An event that can never be applied as it is (unreadable, or missing what the contract
 * requires). It goes to the dead-letter topic instead of being retried, with {@code reason} in the
 * {@code dead-letter-reason} header and {@code cause} in {@code dead-letter-cause}. Neither may hold a
 * value of the record: they name what is wrong (a field, a rule, a position), never what was sent.
 */
public class PoisonEventException extends RuntimeException {

    /** Refused when applied: the record was readable and valid, but the consumer's state rules it out. */
    public PoisonEventException(String reason) {
        this(reason, "refused when applied: the record is readable and valid");
    }

    public PoisonEventException(String reason, String cause) {
        super(reason, new Cause(cause), false, false);
    }

    /** The cause as the dead-letter header carries it: a description, never the record's content. */
    static final class Cause extends RuntimeException {
        Cause(String description) {
            super(description, null, false, false);
        }
    }
}
