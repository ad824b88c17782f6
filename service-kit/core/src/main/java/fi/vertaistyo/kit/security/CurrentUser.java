package fi.vertaistyo.kit.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller as the verified token describes them. The organisation comes only from the token,
 * never from a request parameter, so one organisation cannot ask for another's data.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public String organisation() {
        return identity.getAttribute(OrganisationClaimAugmentor.ORGANISATION);
    }

    /** A stable user key across identity providers: issuer and subject (ASVS 10.3.3). */
    public String userKey() {
        return identity.getAttribute(OrganisationClaimAugmentor.USER_KEY);
    }

    /** The issuer of the caller's token: logins a coordinator links are taken to be of the same identity provider. */
    public String issuer() {
        return ((JsonWebToken) identity.getPrincipal()).getIssuer();
    }

    /** The partner agency of a partner user or client; null for everyone else. */
    public String agency() {
        return identity.getAttribute(OrganisationClaimAugmentor.AGENCY);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
