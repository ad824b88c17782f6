package fi.vertaistyo.training.code;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Codes people read aloud and type: random characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L, U), shown in groups of four, typed in any case with or without spaces and dashes.
 */
public final class ReadableCode {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReadableCode() {
    }

    /** A new code of {@code length} characters, grouped: ABCD-EFGH-… */
    public static String generate(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return grouped(code.toString());
    }

    /** What someone typed without case, spaces and dashes, or null if it cannot be a code of that length. */
    public static String compact(String typed, int length) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return compact.length() == length && compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? compact : null;
    }

    /** ABCDEFGH… → ABCD-EFGH-… */
    public static String grouped(String compact) {
        StringBuilder out = new StringBuilder(compact.length() + compact.length() / 4);
        for (int i = 0; i < compact.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(compact.charAt(i));
        }
        return out.toString();
    }
}
