package fi.vertaistyo.payout.statement;

import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.payout.security.Roles;
import fi.vertaistyo.payout.statement.StatementViews.Detail;
import fi.vertaistyo.payout.statement.StatementViews.Statement;
import fi.vertaistyo.payout.web.Months;
import fi.vertaistyo.kit.problem.Ids;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Statements of the caller's organisation: payout officers and, read-only, coordinators. */
@Path("/api/payouts/statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements")
public class StatementResource {

    private final Statements statements;
    private final CurrentUser user;

    StatementResource(Statements statements, CurrentUser user) {
        this.statements = statements;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.PAYOUT_OFFICER, Roles.COORDINATOR})
    public List<Statement> list(@QueryParam("month") String month) {
        return statements.list(user.organisation(), Months.parse(month, "month"));
    }

    @GET
    @Path("/{month}/{participantId}")
    @RolesAllowed({Roles.PAYOUT_OFFICER, Roles.COORDINATOR})
    public Detail detail(@PathParam("month") String month, @PathParam("participantId") String participantId) {
        return statements.detail(user.organisation(), Months.parse(month, "month"),
                Ids.parse(participantId, "A statement for this peer and month"));
    }
}
