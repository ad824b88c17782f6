package fi.vertaistyo.scheduling.location;

import fi.vertaistyo.scheduling.deskdutyversion.DeskDutyVersions;
import fi.vertaistyo.scheduling.location.LocationRequests.SaveLocation;
import fi.vertaistyo.scheduling.peer.Peers;
import fi.vertaistyo.kit.problem.ProblemException;
import fi.vertaistyo.kit.problem.Scoped;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class Locations {

    private final Peers peers;
    private final DeskDutyVersions versions;
    private final Clock clock;
    private final Event<DeskChanged> deskChanged;

    Locations(Peers peers, DeskDutyVersions versions, Clock clock, Event<DeskChanged> deskChanged) {
        this.peers = peers;
        this.versions = versions;
        this.deskChanged = deskChanged;
        this.clock = clock;
    }

    @Transactional
    public LocationView create(String organisation, SaveLocation request) {
        refuseInvalid(organisation, request);
        Location l = Location.of(organisation, request, clock.instant());
        l.persist();
        return LocationView.of(l);
    }

    @Transactional
    public LocationView update(String organisation, UUID id, SaveLocation request) {
        Location l = find(organisation, id);
        if (l.kind != request.kind()) {
            throw ProblemException.refused("Location kind cannot change", "KIND_FIXED",
                    "A programme site cannot become a partner desk or the other way round; create a new location.");
        }
        refuseInvalid(organisation, request);
        if (l.isPartnerDesk() && !l.agencyCode.equals(request.agency().code())) {
            // The code is in the partner staff's logins and names the agency's own Kafka topic: moving the desk
            // would leave its duties, with the guides' names, on the former agency's topic.
            throw ProblemException.refused("Agency cannot change", "AGENCY_FIXED",
                    "A partner desk belongs to one agency; create a new location for another agency.");
        }
        l.apply(request);
        if (l.isPartnerDesk()) {
            versions.raise(l.organisation, l.agencyCode);
            deskChanged.fire(new DeskChanged(l));
        }
        return LocationView.of(l);
    }

    @Transactional
    public List<LocationView> list(String organisation) {
        return Location.<Location>list("organisation", Sort.by("name").and("id"), organisation).stream()
                .map(LocationView::of).toList();
    }

    @Transactional
    public LocationView get(String organisation, UUID id) {
        return LocationView.of(find(organisation, id));
    }

    /** The location, if it is this organisation's; 404 otherwise (another organisation's is not revealed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Location find(String organisation, UUID id) {
        return Scoped.toOrganisation(Location.<Location>findById(id), l -> l.organisation, organisation, "Location");
    }

    private void refuseInvalid(String organisation, SaveLocation request) {
        if (!peers.programmeOf(organisation, request.programmeId())) {
            throw new ProblemException(422, "Unknown programme",
                    "The programme is not one of your organisation's (or its rules have not reached scheduling yet).");
        }
        boolean desk = request.kind() == Location.Kind.PARTNER_DESK;
        if (desk && (request.agency() == null || request.deskAgreement() == null)) {
            throw new ProblemException(400, "Invalid request",
                    "A partner desk needs its agency and the desk-duty agreement.");
        }
        if (!desk && (request.agency() != null || request.deskAgreement() != null)) {
            throw new ProblemException(400, "Invalid request",
                    "Only a partner desk has an agency and a desk-duty agreement.");
        }
        if (desk && !request.deskAgreement().ends().isAfter(request.deskAgreement().starts())) {
            throw new ProblemException(400, "Invalid request", "Desk duty must end after it starts.");
        }
    }
}
