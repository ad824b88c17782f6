package fi.vertaistyo.payout.month;

import fi.vertaistyo.payout.month.MonthClose.MonthView;
import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.payout.security.Roles;
import fi.vertaistyo.payout.web.Months;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ledger's months: open (provisional) or closed (frozen). Only a payout officer closes one. */
@Path("/api/payouts/months")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Months")
public class MonthResource {

    private final MonthClose months;
    private final CurrentUser user;

    MonthResource(MonthClose months, CurrentUser user) {
        this.months = months;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.PAYOUT_OFFICER, Roles.COORDINATOR})
    public List<MonthView> list() {
        return months.list(user.organisation());
    }

    @POST
    @Path("/{month}/close")
    @RolesAllowed(Roles.PAYOUT_OFFICER)
    public MonthView close(@PathParam("month") String month) {
        return months.close(user.organisation(), Months.parse(month, "month"), user.userKey());
    }
}
