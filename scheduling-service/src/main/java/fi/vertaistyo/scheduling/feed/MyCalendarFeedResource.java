package fi.vertaistyo.scheduling.feed;

import fi.vertaistyo.scheduling.feed.CalendarFeedViews.Feed;
import fi.vertaistyo.scheduling.feed.CalendarFeedViews.MyFeedStatus;
import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.scheduling.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A peer's own secret calendar address: one at a time. */
@RolesAllowed(Roles.PEER)
@Path("/api/scheduling/my/calendar-feed")
@Tag(name = "Calendar feeds")
public class MyCalendarFeedResource {

    private final CalendarFeeds feeds;
    private final CurrentUser user;

    MyCalendarFeedResource(CalendarFeeds feeds, CurrentUser user) {
        this.feeds = feeds;
        this.user = user;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public MyFeedStatus myFeed() {
        return feeds.peerStatus(user.organisation(), user.userKey());
    }

    /** A new address (the old one stops working); the answer is the only time the address is shown. */
    @APIResponseSchema(value = Feed.class, responseCode = "201")
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response newMyFeed() {
        return Response.status(Response.Status.CREATED).entity(feeds.createForPeer(user.organisation(), user.userKey()))
                .build();
    }

    @DELETE
    public Response revokeMyFeed() {
        feeds.revokeForPeer(user.organisation(), user.userKey());
        return Response.noContent().build();
    }
}
