package fi.vertaistyo.kit.problem;

import java.util.function.Function;

/**
 * The one way to look up "mine, else 404": another organisation's objects do not exist for the
 * caller, so they answer 404 exactly like unknown ids (nothing tells them apart).
 */
public final class Scoped {

    private Scoped() {
    }

    /** {@code found} if it belongs to {@code organisation}; 404 naming {@code what} otherwise (also when null). */
    public static <T> T toOrganisation(T found, Function<T, String> organisationOf, String organisation, String what) {
        if (found == null || !organisationOf.apply(found).equals(organisation)) {
            throw ProblemException.notFound(what);
        }
        return found;
    }
}
