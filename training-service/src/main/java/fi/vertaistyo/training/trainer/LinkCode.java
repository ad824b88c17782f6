package fi.vertaistyo.training.trainer;

import fi.vertaistyo.training.code.ReadableCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one-time code a coordinator hands a trainer to link their login: 12 characters (about 59 random
 * bits) without look-alikes, in groups of four, valid for a week and only within the organisation.
 * Only its hash is stored, so reading the database does not give anyone a code to use.
 */
final class LinkCode {

    private static final int LENGTH = 12;

    private LinkCode() {
    }

    static String generate() {
        return ReadableCode.generate(LENGTH);
    }

    /** The hash of what someone typed (case, spaces and dashes ignored), or null if it cannot be a code. */
    static String hashOfTyped(String typed) {
        String compact = ReadableCode.compact(typed, LENGTH);
        return compact == null ? null : hash(compact);
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
