package nl.spreekkamer.monitoring.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.spreekkamer.monitoring.application.FunnelView;
import nl.spreekkamer.monitoring.application.GemeenteComparison;
import nl.spreekkamer.monitoring.application.GemeenteDashboard;
import nl.spreekkamer.monitoring.application.MonitoringService;
import nl.spreekkamer.monitoring.application.PracticeOverview;
import nl.spreekkamer.monitoring.application.ReportFile;
import nl.spreekkamer.monitoring.application.ReportService;
import nl.spreekkamer.monitoring.domain.Period;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The figures behind the monitoring dashboards and the half-yearly report. Aggregates only; small
 * cells of breakdowns come as {@code "suppressed": true} without a count. Roles and the gemeente
 * are checked by the services.
 */
@Path("monitoring")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Monitoring")
public class MonitoringResource {
  @Inject MonitoringService monitoring;
  @Inject ReportService reports;

  @GET
  @Path("funnel")
  @Operation(
      summary =
          "Referrals received from..to (YYYY-MM-DD) per funnel stage, with conversion percentages;"
              + " coordinator: own gemeente, beheer: gemeenteId")
  public FunnelView funnel(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("gemeenteId") Long gemeenteId) {
    return monitoring.funnel(Period.of(from, to), gemeenteId);
  }

  @GET
  @Path("dashboard")
  @Operation(
      summary =
          "Every figure of the gemeente's dashboard: referrals per month and practice, funnel,"
              + " working days to first contact and conversation, norm, outcomes, decline reasons,"
              + " feedback, e-learning per practice, kits beside referrals")
  public GemeenteDashboard dashboard(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("gemeenteId") Long gemeenteId) {
    return monitoring.dashboard(Period.of(from, to), gemeenteId);
  }

  @GET
  @Path("practice")
  @Operation(summary = "The own practice's referrals, outcomes (with consent), team and kits")
  public PracticeOverview practice(@QueryParam("from") String from, @QueryParam("to") String to) {
    return monitoring.practice(Period.of(from, to));
  }

  @GET
  @Path("gemeenten")
  @Operation(summary = "Beheer: practices, training, referrals and programmes per gemeente")
  public List<GemeenteComparison> gemeenten(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return monitoring.comparison(Period.of(from, to));
  }

  @GET
  @Path("report")
  @Produces({"application/pdf", "text/csv", MediaType.APPLICATION_JSON})
  @Operation(summary = "The half-yearly report: period=2026H2, format=pdf|csv, gemeenteId (beheer)")
  public Response report(
      @QueryParam("period") String period,
      @QueryParam("format") String format,
      @QueryParam("gemeenteId") Long gemeenteId) {
    ReportFile file = reports.report(period, format, gemeenteId);
    String disposition = file.mediaType().startsWith("application/pdf") ? "inline" : "attachment";
    return Response.ok(file.content())
        .type(file.mediaType())
        .header("Content-Disposition", disposition + "; filename=\"" + file.fileName() + "\"")
        .build();
  }
}
