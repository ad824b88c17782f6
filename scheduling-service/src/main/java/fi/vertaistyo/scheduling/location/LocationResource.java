package fi.vertaistyo.scheduling.location;

import fi.vertaistyo.scheduling.location.LocationRequests.SaveLocation;
import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.scheduling.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/scheduling/locations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Locations")
@RolesAllowed(Roles.COORDINATOR)
public class LocationResource {

    private final Locations locations;
    private final CurrentUser user;

    LocationResource(Locations locations, CurrentUser user) {
        this.locations = locations;
        this.user = user;
    }

    @APIResponseSchema(value = LocationView.class, responseCode = "201")
    @POST
    public Response create(@Valid @NotNull SaveLocation request) {
        LocationView created = locations.create(user.organisation(), request);
        return Response.created(URI.create("/api/scheduling/locations/" + created.id())).entity(created).build();
    }

    @GET
    public List<LocationView> list() {
        return locations.list(user.organisation());
    }

    @GET
    @Path("/{id}")
    public LocationView get(@PathParam("id") UUID id) {
        return locations.get(user.organisation(), id);
    }

    @PUT
    @Path("/{id}")
    public LocationView update(@PathParam("id") UUID id, @Valid @NotNull SaveLocation request) {
        return locations.update(user.organisation(), id, request);
    }
}
