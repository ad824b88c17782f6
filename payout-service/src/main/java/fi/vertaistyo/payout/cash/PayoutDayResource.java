package fi.vertaistyo.payout.cash;

import fi.vertaistyo.payout.cash.CashViews.NewPayoutDay;
import fi.vertaistyo.payout.cash.CashViews.Payment;
import fi.vertaistyo.payout.cash.CashViews.PayoutDaySummary;
import fi.vertaistyo.payout.cash.CashViews.PayoutDayView;
import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.payout.security.Roles;
import fi.vertaistyo.payout.web.Months;
import fi.vertaistyo.kit.problem.Ids;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cash payout days: payout officers only. */
@Path("/api/payouts/payout-days")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cash payout")
@RolesAllowed(Roles.PAYOUT_OFFICER)
public class PayoutDayResource {

    private final CashPayouts cash;
    private final CurrentUser user;

    PayoutDayResource(CashPayouts cash, CurrentUser user) {
        this.cash = cash;
        this.user = user;
    }

    @GET
    public List<PayoutDaySummary> list(@QueryParam("month") String month) {
        return cash.list(user.organisation(), month == null ? null : Months.parse(month, "month"));
    }

    @APIResponseSchema(value = PayoutDayView.class, responseCode = "201")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid NewPayoutDay request) {
        return Response.status(201).entity(cash.create(user.organisation(), request, user.userKey())).build();
    }

    @GET
    @Path("/{id}")
    public PayoutDayView get(@PathParam("id") String id) {
        return cash.get(user.organisation(), dayId(id));
    }

    @POST
    @Path("/{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    public PayoutDayView pay(@PathParam("id") String id, @NotNull @Valid Payment payment) {
        return cash.pay(user.organisation(), dayId(id), payment, user.userKey());
    }

    @POST
    @Path("/{id}/close")
    public PayoutDayView close(@PathParam("id") String id) {
        return cash.close(user.organisation(), dayId(id), user.userKey());
    }

    private static UUID dayId(String id) {
        return Ids.parse(id, "The payout day");
    }
}
