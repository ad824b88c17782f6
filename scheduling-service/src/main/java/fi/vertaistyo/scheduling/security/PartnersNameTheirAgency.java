package fi.vertaistyo.scheduling.security;

import fi.vertaistyo.kit.security.AgencyClaimRequired;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/** Partner staff see only their own agency's desks; a partner token without an agency may see nothing. */
@ApplicationScoped
class PartnersNameTheirAgency implements AgencyClaimRequired {

    @Override
    public boolean of(SecurityIdentity identity) {
        return identity.hasRole(Roles.PARTNER);
    }
}
