package fi.vertaistyo.participant.security;

import fi.vertaistyo.kit.security.CurrentUser;

/** Who acts, as services need it: the organisation whose data they may touch, and the actor for the audit log. */
public record Caller(String organisation, String actor) {

    public static Caller of(CurrentUser user) {
        return new Caller(user.organisation(), user.userKey());
    }
}
