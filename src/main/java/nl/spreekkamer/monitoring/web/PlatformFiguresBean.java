package nl.spreekkamer.monitoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.spreekkamer.monitoring.application.GemeenteComparison;
import nl.spreekkamer.monitoring.application.MonitoringService;
import nl.spreekkamer.platform.errors.DomainException;

/** Beheer's comparison between gemeenten for a period (the last twelve months by default). */
@Named
@RequestScoped
public class PlatformFiguresBean extends PeriodParameters {
  @Inject MonitoringService monitoring;

  private List<GemeenteComparison> rows = List.of();

  public void load() {
    try {
      rows = monitoring.comparison(period(12));
    } catch (DomainException e) {
      faces.error("periodForm", e);
    }
  }

  public List<GemeenteComparison> getRows() {
    return rows;
  }

  public String getChart() {
    return ChartJson.bars(
        faces.text("monitoring.platform.referrals"),
        faces.text("monitoring.axis.referrals"),
        rows.stream().map(GemeenteComparison::gemeente).toList(),
        rows.stream().map(r -> r.referrals().count()).toList(),
        true,
        faces.locale());
  }
}
