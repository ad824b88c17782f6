package fi.vertaistyo.payout.security;

/** Realm roles, as Keycloak puts them in {@code realm_access.roles}. */
public final class Roles {
    public static final String COORDINATOR = "coordinator";
    public static final String PEER = "peer";
    public static final String TRAINER = "trainer";
    public static final String PARTNER = "partner";
    public static final String PAYOUT_OFFICER = "payout-officer";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
