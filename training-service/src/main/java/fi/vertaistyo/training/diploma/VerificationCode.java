package fi.vertaistyo.training.diploma;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The code printed on a diploma: 16 characters (80 random bits) from an alphabet without look-alikes
 * (no 0/O, 1/I/L, U), shown in groups of four. Guessing one is hopeless; holding one tells only validity.
 */
final class VerificationCode {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {
    }

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The canonical form of what someone typed (case, spaces and dashes ignored), or null if it cannot be a code. */
    static String normalise(String typed) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (compact.length() != LENGTH || !compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return String.join("-", compact.substring(0, 4), compact.substring(4, 8), compact.substring(8, 12),
                compact.substring(12));
    }
}
