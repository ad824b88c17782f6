package fi.vertaistyo.kit.problem;

import java.util.UUID;

/** Ids in paths: something that is not an id names nothing, so it is a 404 like any unknown id. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(what);
        }
    }
}
