package fi.vertaistyo.scheduling.feed;

import fi.vertaistyo.scheduling.feed.CalendarFeedViews.Feed;
import fi.vertaistyo.scheduling.feed.CalendarFeedViews.NewDeskFeed;
import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.scheduling.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A partner agency's secret calendar addresses, per desk of its own. */
@RolesAllowed(Roles.PARTNER)
@Path("/api/scheduling/partner/calendar-feeds")
@Tag(name = "Calendar feeds")
public class PartnerCalendarFeedResource {

    private final CalendarFeeds feeds;
    private final CurrentUser user;

    PartnerCalendarFeedResource(CalendarFeeds feeds, CurrentUser user) {
        this.feeds = feeds;
        this.user = user;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Feed> deskFeeds() {
        return feeds.desksFeeds(user.organisation(), user.agency());
    }

    @APIResponseSchema(value = Feed.class, responseCode = "201")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response newDeskFeed(@Valid @NotNull NewDeskFeed request) {
        return Response.status(Response.Status.CREATED)
                .entity(feeds.createForDesk(user.organisation(), user.agency(), request.deskId(), user.userKey())).build();
    }

    @DELETE
    @Path("/{feedId}")
    public Response revokeDeskFeed(@PathParam("feedId") UUID feedId) {
        feeds.revokeForDesk(user.organisation(), user.agency(), feedId);
        return Response.noContent().build();
    }
}
