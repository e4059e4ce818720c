package nl.spreekkamer.monitoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.spreekkamer.monitoring.application.GemeenteDashboard;
import nl.spreekkamer.monitoring.application.MonitoringService;
import nl.spreekkamer.monitoring.domain.Cell;
import nl.spreekkamer.monitoring.domain.Funnel;
import nl.spreekkamer.monitoring.domain.Period;
import nl.spreekkamer.monitoring.domain.ReferralFigures;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.organisation.application.GemeenteService;
import nl.spreekkamer.organisation.application.GemeenteView;
import nl.spreekkamer.platform.errors.DomainException;

/**
 * The gemeente's dashboard: a period (the last six months by default) chosen in a GET form, so a
 * view can be bookmarked; charts with a table of the same numbers under each; the half-yearly
 * report to download. Beheer chooses the gemeente.
 */
@Named
@RequestScoped
public class DashboardBean extends PeriodParameters {
  @Inject MonitoringService monitoring;
  @Inject GemeenteService gemeenten;
  @Inject Caller caller;

  private Long gemeenteId;
  private GemeenteDashboard dashboard;

  /** Loads the figures once the view parameters are set ({@code f:viewAction}). */
  public void load() {
    try {
      Period period = period(6);
      if (caller.isBeheer() && gemeenteId == null) {
        return;
      }
      dashboard = monitoring.dashboard(period, gemeenteId);
    } catch (DomainException e) {
      faces.error("periodForm", e);
    }
  }

  public GemeenteDashboard getDashboard() {
    return dashboard;
  }

  public ReferralFigures getReferrals() {
    return dashboard == null ? null : dashboard.referrals();
  }

  public boolean isChoosingGemeente() {
    return caller.isBeheer();
  }

  public List<GemeenteView> getGemeenten() {
    return gemeenten.list();
  }

  public String label(Cell cell, String prefix) {
    return prefix == null ? cell.label() : faces.text(prefix + cell.key());
  }

  public String monthLabel(Cell cell) {
    return YearMonth.parse(cell.key())
        .format(DateTimeFormatter.ofPattern("MMM yyyy", faces.locale()));
  }

  public String value(Cell cell) {
    return cell.suppressed() ? "<5" : String.valueOf(cell.count());
  }

  public String getFunnelChart() {
    List<String> labels = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    for (Funnel.Step step : dashboard.referrals().funnel().steps()) {
      labels.add(faces.text("monitoring.stage." + step.stage().name()));
      values.add(step.count());
    }
    return ChartJson.bars(
        faces.text("monitoring.funnel"),
        faces.text("monitoring.axis.referrals"),
        labels,
        values,
        true,
        faces.locale());
  }

  public String getMonthChart() {
    return ChartJson.bars(
        faces.text("monitoring.perMonth"),
        faces.text("monitoring.axis.referrals"),
        dashboard.referrals().perMonth().stream().map(this::monthLabel).toList(),
        dashboard.referrals().perMonth().stream().map(Cell::count).toList(),
        false,
        faces.locale());
  }

  public String getPracticeChart() {
    return ChartJson.bars(
        faces.text("monitoring.perPractice"),
        faces.text("monitoring.axis.referrals"),
        dashboard.referrals().perPractice().stream().map(Cell::label).toList(),
        dashboard.referrals().perPractice().stream().map(Cell::count).toList(),
        true,
        faces.locale());
  }

  public String getOutcomeChart() {
    return ChartJson.bars(
        faces.text("monitoring.outcomes"),
        faces.text("monitoring.axis.referrals"),
        dashboard.referrals().outcomes().stream()
            .map(c -> faces.text("referral.outcome." + c.key()))
            .toList(),
        dashboard.referrals().outcomes().stream().map(Cell::count).toList(),
        true,
        faces.locale());
  }

  /** The half years to offer for the report: the current one and the three before. */
  public List<String> getHalfYears() {
    int year = today().getYear();
    int half = today().getMonthValue() <= 6 ? 1 : 2;
    List<String> halves = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      halves.add(year + "H" + half);
      if (half == 1) {
        year--;
        half = 2;
      } else {
        half = 1;
      }
    }
    return halves;
  }

  public String reportUrl(String period, String format) {
    return "/api/monitoring/report?period="
        + period
        + "&format="
        + format
        + (gemeenteId == null ? "" : "&gemeenteId=" + gemeenteId);
  }

  @Override
  protected Map<String, String> addressParameters() {
    return gemeenteId == null ? Map.of() : Map.of("gemeenteId", gemeenteId.toString());
  }

  public Long getGemeenteId() {
    return gemeenteId;
  }

  public void setGemeenteId(Long gemeenteId) {
    this.gemeenteId = gemeenteId;
  }
}
