package nl.spreekkamer.monitoring.application;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.spreekkamer.monitoring.domain.Cell;
import nl.spreekkamer.monitoring.domain.Funnel;
import nl.spreekkamer.monitoring.domain.ReferralFigures;
import nl.spreekkamer.platform.i18n.Messages;
import nl.spreekkamer.platform.i18n.Numbers;

/**
 * The dashboard as tables with words, for the report (PDF and CSV): one table per figure, values as
 * text, a suppressed cell as {@code <5}.
 */
public final class ReportTables {
  public static final String SUPPRESSED = "<5";

  private ReportTables() {}

  /** One table: a key for the CSV, a title, column headers and rows of values. */
  public record Table(String key, String title, List<String> headers, List<List<String>> rows) {}

  public static List<Table> of(GemeenteDashboard d, Locale locale) {
    ReferralFigures r = d.referrals();
    List<Table> tables = new ArrayList<>();
    List<List<String>> funnel = new ArrayList<>();
    for (Funnel.Step step : r.funnel().steps()) {
      funnel.add(
          List.of(
              text(locale, "monitoring.stage." + step.stage().name()),
              String.valueOf(step.count()),
              percent(step.fromPrevious(), locale),
              percent(step.fromReceived(), locale)));
    }
    tables.add(
        new Table(
            "trechter",
            text(locale, "monitoring.funnel"),
            headers(locale, "stage", "count", "fromPrevious", "fromReceived"),
            funnel));
    tables.add(
        cells(
            "per_maand",
            text(locale, "monitoring.perMonth"),
            locale,
            r.perMonth(),
            c -> month(c.label(), locale)));
    tables.add(
        cells(
            "per_praktijk",
            text(locale, "monitoring.perPractice"),
            locale,
            r.perPractice(),
            Cell::label));
    List<List<String>> timing = new ArrayList<>();
    timing.add(
        List.of(
            text(locale, "monitoring.toFirstContact"),
            number(r.toFirstContact().medianWorkingDays(), locale),
            String.valueOf(r.toFirstContact().referrals())));
    timing.add(
        List.of(
            text(locale, "monitoring.toFirstConversation"),
            number(r.toFirstConversation().medianWorkingDays(), locale),
            String.valueOf(r.toFirstConversation().referrals())));
    tables.add(
        new Table(
            "doorlooptijd",
            text(locale, "monitoring.timing"),
            headers(locale, "what", "medianDays", "referrals"),
            timing));
    List<List<String>> shares = new ArrayList<>();
    shares.add(
        List.of(
            text(locale, "monitoring.withinNorm"),
            String.valueOf(r.withinNorm().within()),
            String.valueOf(r.withinNorm().counted()),
            percent(r.withinNorm().percentage(), locale)));
    shares.add(
        List.of(
            text(locale, "monitoring.feedbackGiven"),
            String.valueOf(r.feedback().given()),
            String.valueOf(r.feedback().consented()),
            percent(r.feedback().percentage(), locale)));
    tables.add(
        new Table(
            "aandeel",
            text(locale, "monitoring.shares"),
            headers(locale, "what", "count", "outOf", "percentage"),
            shares));
    tables.add(
        cells(
            "uitkomst",
            text(locale, "monitoring.outcomes"),
            locale,
            r.outcomes(),
            c -> text(locale, "referral.outcome." + c.key())));
    tables.add(
        cells(
            "reden_afslaan",
            text(locale, "monitoring.declineReasons"),
            locale,
            r.declineReasons(),
            c -> text(locale, "referral.decline." + c.key())));
    List<List<String>> training = new ArrayList<>();
    for (TrainingRow row : d.training()) {
      training.add(
          List.of(
              row.praktijk(),
              String.valueOf(row.employees()),
              String.valueOf(row.completed()),
              percent(row.percentage(), locale)));
    }
    tables.add(
        new Table(
            "elearning",
            text(locale, "monitoring.training"),
            headers(locale, "practice", "employees", "completed", "percentage"),
            training));
    List<List<String>> kits = new ArrayList<>();
    for (KitEffect row : d.kits()) {
      kits.add(
          List.of(
              row.praktijk(),
              String.valueOf(row.kitsReceived()),
              row.firstKitOn().toString(),
              value(row.before()),
              number(row.perMonthBefore(), locale),
              value(row.after()),
              number(row.perMonthAfter(), locale)));
    }
    tables.add(
        new Table(
            "pakketten",
            text(locale, "monitoring.kits"),
            headers(
                locale,
                "practice",
                "kits",
                "firstKit",
                "before",
                "perMonthBefore",
                "after",
                "perMonthAfter"),
            kits));
    return tables;
  }

  private static Table cells(
      String key,
      String title,
      Locale locale,
      List<Cell> cells,
      java.util.function.Function<Cell, String> label) {
    List<List<String>> rows = new ArrayList<>();
    cells.forEach(c -> rows.add(List.of(label.apply(c), value(c))));
    return new Table(key, title, headers(locale, "what", "count"), rows);
  }

  private static List<String> headers(Locale locale, String... keys) {
    List<String> headers = new ArrayList<>();
    for (String key : keys) {
      headers.add(text(locale, "monitoring.column." + key));
    }
    return headers;
  }

  public static String value(Cell cell) {
    return cell.suppressed() ? SUPPRESSED : String.valueOf(cell.count());
  }

  static String percent(BigDecimal value, Locale locale) {
    return Numbers.percent(value, locale);
  }

  static String number(BigDecimal value, Locale locale) {
    return Numbers.format(value, locale);
  }

  static String month(String yearMonth, Locale locale) {
    return YearMonth.parse(yearMonth).format(DateTimeFormatter.ofPattern("MMM yyyy", locale));
  }

  static String text(Locale locale, String key) {
    return Messages.get(locale, key);
  }
}
