package nl.spreekkamer.monitoring.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.spreekkamer.monitoring.domain.Period;
import nl.spreekkamer.monitoring.infrastructure.ReportCsv;
import nl.spreekkamer.monitoring.infrastructure.ReportDocument;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.security.Roles;

/** The half-yearly report of a gemeente, as a PDF for the council or as CSV for a spreadsheet. */
@Stateless
@RolesAllowed({Roles.GEMEENTE_COORDINATOR, Roles.BEHEER})
public class ReportService {
  static final Locale DUTCH = Locale.forLanguageTag("nl");

  @Inject MonitoringService monitoring;
  @Inject ReportDocument document;
  @Inject Clock clock;

  /** {@code period} such as {@code 2026H2}; {@code format} pdf (default) or csv. */
  public ReportFile report(String period, String format, Long gemeenteId) {
    Period half = Period.halfYear(period);
    String chosen = format == null || format.isBlank() ? "pdf" : format.strip().toLowerCase(DUTCH);
    if (!chosen.equals("pdf") && !chosen.equals("csv")) {
      throw new InvalidInputException("format", "validation.monitoring.format");
    }
    GemeenteDashboard dashboard = monitoring.dashboard(half, gemeenteId);
    List<ReportTables.Table> tables = ReportTables.of(dashboard, DUTCH);
    String name =
        "rapportage-"
            + dashboard.gemeente().toLowerCase(DUTCH).replaceAll("[^a-z0-9]+", "-")
            + "-"
            + period.strip()
            + "."
            + chosen;
    if (chosen.equals("csv")) {
      return new ReportFile(
          ReportCsv.of(tables).getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8", name);
    }
    return new ReportFile(
        document.render(dashboard, tables, LocalDate.now(clock.withZone(MonitoringService.ZONE))),
        "application/pdf",
        name);
  }
}
