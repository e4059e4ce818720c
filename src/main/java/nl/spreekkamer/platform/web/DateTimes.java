package nl.spreekkamer.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.spreekkamer.platform.ClockProducer;
import nl.spreekkamer.platform.i18n.Numbers;

/**
 * Moments, days and percentages on pages: Dutch time ({@code 3-12-2026 10:30}), days in words and
 * the page's number notation.
 */
@Named("tijd")
@ApplicationScoped
public class DateTimes {
  private static final ZoneId DUTCH_TIME = ClockProducer.ZONE;
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(DUTCH_TIME);

  public String of(Instant moment) {
    return moment == null ? "" : FORMAT.format(moment);
  }

  /**
   * A day in words in the page's language, e.g. {@code 3 december 2026}: {@code #{tijd.day(d)}}.
   */
  public String day(LocalDate day) {
    if (day == null) {
      return "";
    }
    return DateTimeFormatter.ofPattern("d MMMM yyyy", pageLocale()).format(day);
  }

  /** A number in the page's notation, e.g. {@code 8,5}: {@code #{tijd.number(n)}}. */
  public String number(BigDecimal value) {
    return Numbers.format(value, pageLocale());
  }

  /** A percentage in the page's notation, e.g. {@code 72,7%}: {@code #{tijd.percent(p)}}. */
  public String percent(BigDecimal value) {
    return Numbers.percent(value, pageLocale());
  }

  private static Locale pageLocale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.forLanguageTag("nl")
        : faces.getViewRoot().getLocale();
  }
}
