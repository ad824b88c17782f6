package fi.vertaistyo.scheduling.feed;

import fi.vertaistyo.scheduling.calendar.ICalendar;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The feed itself: no login (calendar apps cannot send one); the secret token is the only key. */
@Path("/api/scheduling/calendar-feeds")
@Tag(name = "Calendar feeds")
public class CalendarFeedResource {

    private final CalendarFeeds feeds;

    CalendarFeedResource(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("/{token}.ics")
    @Produces(ICalendar.MEDIA_TYPE)
    @PermitAll
    public String feed(@PathParam("token") String token) {
        return feeds.render(token);
    }
}
