package fi.vertaistyo.training.web;

import java.util.function.Function;

/** Another organisation's objects do not exist for the caller: they are a 404 like unknown ids. */
public final class Scoped {

    private Scoped() {
    }

    public static <T> T toOrganisation(T found, Function<T, String> organisationOf, String organisation, String what) {
        if (found == null || !organisationOf.apply(found).equals(organisation)) {
            throw ProblemException.notFound(what);
        }
        return found;
    }
}
