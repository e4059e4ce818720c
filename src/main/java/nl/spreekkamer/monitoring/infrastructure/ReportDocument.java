package nl.spreekkamer.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.spreekkamer.monitoring.application.GemeenteDashboard;
import nl.spreekkamer.monitoring.application.ReportTables;
import nl.spreekkamer.monitoring.domain.Cell;
import nl.spreekkamer.monitoring.domain.Funnel;
import nl.spreekkamer.platform.i18n.Messages;
import nl.spreekkamer.platform.pdf.PdfDocuments;

/**
 * The half-yearly report as a PDF a council member can read: what the figures are for (the four
 * monitoring questions and the chain from input to outcome), the funnel and the referrals as bar
 * charts, and every figure in a table.
 */
@ApplicationScoped
public class ReportDocument {
  static final Locale DUTCH = Locale.forLanguageTag("nl");
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

  @Inject PdfDocuments pdf;

  public byte[] render(GemeenteDashboard d, List<ReportTables.Table> tables, LocalDate today) {
    Map<String, Object> scope = new HashMap<>();
    scope.put("gemeente", d.gemeente());
    scope.put("from", DAY.format(d.from()));
    scope.put("to", DAY.format(d.to()));
    scope.put("made", DAY.format(today));
    scope.put("received", d.referrals().received());
    long self = d.referrals().selfReferrals();
    scope.put("selfReferrals", self > 0 ? self : null);
    scope.put("tables", tables);
    String suppressed = Messages.get(DUTCH, "monitoring.suppressedShort");
    List<SvgBars.Bar> funnel = new ArrayList<>();
    for (Funnel.Step step : d.referrals().funnel().steps()) {
      funnel.add(
          new SvgBars.Bar(
              Messages.get(DUTCH, "monitoring.stage." + step.stage().name()), step.count()));
    }
    scope.put(
        "funnelChart", SvgBars.chart(Messages.get(DUTCH, "monitoring.funnel"), funnel, suppressed));
    List<SvgBars.Bar> months = new ArrayList<>();
    for (Cell cell : d.referrals().perMonth()) {
      months.add(new SvgBars.Bar(cell.label(), cell.count()));
    }
    scope.put(
        "monthChart",
        SvgBars.chart(Messages.get(DUTCH, "monitoring.perMonth"), months, suppressed));
    return pdf.render("rapportage", scope);
  }
}
