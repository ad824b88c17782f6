package fi.vertaistyo.payout.mine;

import fi.vertaistyo.payout.cash.CashPayouts;
import fi.vertaistyo.payout.cash.CashViews.MyPayment;
import fi.vertaistyo.payout.peer.KnownPeer;
import fi.vertaistyo.payout.peer.KnownPeers;
import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.payout.security.Roles;
import fi.vertaistyo.payout.statement.StatementViews.Detail;
import fi.vertaistyo.payout.statement.StatementViews.Statement;
import fi.vertaistyo.payout.statement.Statements;
import fi.vertaistyo.kit.problem.Ids;
import fi.vertaistyo.payout.web.Months;
import fi.vertaistyo.kit.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A peer's own statements and cash payments, found from the login in the verified token (ADR 0007). */
@Path("/api/payouts/my")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My activity money")
@RolesAllowed(Roles.PEER)
public class MyPayoutsResource {

    private final KnownPeers peers;
    private final Statements statements;
    private final CashPayouts cash;
    private final CurrentUser user;

    MyPayoutsResource(KnownPeers peers, Statements statements, CashPayouts cash, CurrentUser user) {
        this.peers = peers;
        this.statements = statements;
        this.cash = cash;
        this.user = user;
    }

    @GET
    @Path("/statements")
    public List<Statement> statements() {
        return statements.history(user.organisation(), self());
    }

    @GET
    @Path("/statements/{month}")
    public Detail statement(@PathParam("month") String month) {
        return statements.detail(user.organisation(), Months.parse(month, "month"), self());
    }

    @GET
    @Path("/payments")
    public List<MyPayment> payments() {
        return cash.mine(user.organisation(), self());
    }

    @POST
    @Path("/payments/{lineId}/acknowledgement")
    public MyPayment acknowledge(@PathParam("lineId") String lineId) {
        return cash.acknowledge(user.organisation(), self(), Ids.parse(lineId, "Your payment"));
    }

    private UUID self() {
        return peers.byAccount(user.organisation(), user.userKey()).map(KnownPeer::participantId)
                .orElseThrow(() -> new ProblemException(404, "Not Found",
                        "No peer is linked to this login in payout-service yet."));
    }
}
