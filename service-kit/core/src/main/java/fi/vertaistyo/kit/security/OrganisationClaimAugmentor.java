package fi.vertaistyo.kit.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Copies the organisation (tenant) claim of a verified token onto the identity and refuses
 * tokens without one: every piece of data in Vertaistyö belongs to one organisation, so a caller
 * without an organisation can see nothing and is treated as not authenticated. An {@code agency}
 * claim is copied too; where the service's {@link AgencyClaimRequired} says a caller must name one
 * (partner staff, limited to their agency's desks), a token without it is refused.
 */
@ApplicationScoped
public class OrganisationClaimAugmentor implements SecurityIdentityAugmentor {

    public static final String ORGANISATION = "organisation";
    public static final String USER_KEY = "userKey";
    public static final String AGENCY = "agency";
    static final String ORG_CLAIM = "org";
    static final String AGENCY_CLAIM = "agency";
    private static final Pattern ORG_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final Instance<AgencyClaimRequired> agencyRequired;

    OrganisationClaimAugmentor(Instance<AgencyClaimRequired> agencyRequired) {
        this.agencyRequired = agencyRequired;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Object org = token.getClaim(ORG_CLAIM);
        if (org == null || !ORG_ID.matcher(org.toString()).matches()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("token has no valid organisation claim"));
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity)
                .addAttribute(ORGANISATION, org.toString())
                .addAttribute(USER_KEY, token.getIssuer() + "#" + token.getSubject());
        Object agency = token.getClaim(AGENCY_CLAIM);
        if (agency != null && ORG_ID.matcher(agency.toString()).matches()) {
            builder.addAttribute(AGENCY, agency.toString());
        } else if (agencyRequired.isResolvable() && agencyRequired.get().of(identity)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("token has no agency claim"));
        }
        return Uni.createFrom().item(builder.build());
    }
}
