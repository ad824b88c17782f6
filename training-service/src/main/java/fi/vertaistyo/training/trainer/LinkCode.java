package fi.vertaistyo.training.trainer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The one-time code a coordinator hands a trainer to link their login: 12 characters (about 59 random
 * bits) without look-alikes, in groups of four, valid for a week and only within the organisation.
 * Only its hash is stored, so reading the database does not give anyone a code to use.
 */
final class LinkCode {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkCode() {
    }

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The hash of what someone typed (case, spaces and dashes ignored), or null if it cannot be a code. */
    static String hashOfTyped(String typed) {
        String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (compact.length() != LENGTH || !compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return hash(compact);
    }

    static String hashOfGenerated(String code) {
        return hash(code.replace("-", ""));
    }

    private static String hash(String compact) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(compact.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
