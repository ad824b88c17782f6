package fi.vertaistyo.payout.report;

import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.payout.security.Roles;
import fi.vertaistyo.payout.web.Months;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Totals for funders, without names: JSON, or CSV when the caller asks for {@code text/csv}. */
@Path("/api/payouts/reports/monthly")
@Tag(name = "Reports")
@RolesAllowed({Roles.PAYOUT_OFFICER, Roles.COORDINATOR})
public class ReportResource {

    static final MediaType CSV = new MediaType("text", "csv");

    private final FunderReport report;
    private final CurrentUser user;

    ReportResource(FunderReport report, CurrentUser user) {
        this.report = report;
        this.user = user;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @APIResponse(responseCode = "200", description = "Per month, programme and location; CSV with the same columns",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = FunderReport.Row.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response monthly(@QueryParam("month") String month, @Context HttpHeaders headers) {
        List<FunderReport.Row> rows = report.monthly(user.organisation(), Months.parse(month, "month"));
        boolean csv = headers.getAcceptableMediaTypes().stream().findFirst()
                .map(type -> type.getType().equals(CSV.getType()) && type.getSubtype().equals(CSV.getSubtype()))
                .orElse(false);
        return csv
                ? Response.ok(FunderReport.csv(rows), CSV.withCharset("UTF-8")).build()
                : Response.ok(rows, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
