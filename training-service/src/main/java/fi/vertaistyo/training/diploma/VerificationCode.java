package fi.vertaistyo.training.diploma;

import fi.vertaistyo.training.code.ReadableCode;

/**
 * The code printed on a diploma: 16 characters (80 random bits) without look-alikes, in groups of
 * four. Guessing one is hopeless; holding one tells only validity.
 */
final class VerificationCode {

    private static final int LENGTH = 16;

    private VerificationCode() {
    }

    static String generate() {
        return ReadableCode.generate(LENGTH);
    }

    /** The canonical form of what someone typed (case, spaces and dashes ignored), or null if it cannot be a code. */
    static String normalise(String typed) {
        String compact = ReadableCode.compact(typed, LENGTH);
        return compact == null ? null : ReadableCode.grouped(compact);
    }
}
