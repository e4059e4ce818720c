package nl.spreekkamer.monitoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.spreekkamer.monitoring.application.MonitoringService;
import nl.spreekkamer.monitoring.application.PracticeOverview;
import nl.spreekkamer.platform.errors.DomainException;

/** The practice's own figures for a period (the last twelve months by default). */
@Named
@RequestScoped
public class PracticeFiguresBean extends PeriodParameters {
  @Inject MonitoringService monitoring;

  private PracticeOverview overview;

  public void load() {
    try {
      overview = monitoring.practice(period(12));
    } catch (DomainException e) {
      faces.error("periodForm", e);
    }
  }

  public PracticeOverview getOverview() {
    return overview;
  }
}
