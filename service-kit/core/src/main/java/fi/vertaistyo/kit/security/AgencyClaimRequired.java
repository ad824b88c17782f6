package fi.vertaistyo.kit.security;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The hook for the agency claim: a service whose partner callers are limited to their own agency's
 * data says which identities must name one. Without a bean of this type no one must.
 */
@FunctionalInterface
public interface AgencyClaimRequired {

    boolean of(SecurityIdentity identity);
}
