package nl.spreekkamer.monitoring.web;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.spreekkamer.monitoring.domain.Period;
import nl.spreekkamer.platform.ClockProducer;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.web.FacesSupport;

/**
 * The period of a figures page as bookmarkable view parameters {@code from} and {@code to}; when
 * left out, the last months up to today. The period form (WEB-INF/templates/period.xhtml) edits
 * them as dates and {@link #show} brings the page back with them in its address.
 */
public abstract class PeriodParameters {
  @Inject Clock clock;
  @Inject protected FacesSupport faces;

  private String from;
  private String to;

  /** The chosen period, after filling in the default of {@code months} whole months. */
  protected Period period(int months) {
    if (from == null || from.isBlank()) {
      from = YearMonth.from(today()).minusMonths(months - 1L).atDay(1).toString();
    }
    if (to == null || to.isBlank()) {
      to = today().toString();
    }
    return Period.of(from, to);
  }

  /**
   * The period form's action: the same page again with the chosen period in its address, or the
   * reason next to the field when the period cannot be.
   */
  public void show() {
    try {
      Period.of(from, to);
    } catch (DomainException e) {
      faces.error("periodForm", e);
      return;
    }
    Map<String, String> parameters = new LinkedHashMap<>(addressParameters());
    parameters.put("from", from);
    parameters.put("to", to);
    String query =
        parameters.entrySet().stream()
            .filter(entry -> entry.getValue() != null)
            .map(
                entry ->
                    entry.getKey()
                        + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    faces.redirect(FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?" + query);
  }

  /** Other parameters the page keeps in its address besides the period. */
  protected Map<String, String> addressParameters() {
    return Map.of();
  }

  public LocalDate getFromDate() {
    return date(from);
  }

  public void setFromDate(LocalDate date) {
    from = date == null ? null : date.toString();
  }

  public LocalDate getToDate() {
    return date(to);
  }

  public void setToDate(LocalDate date) {
    to = date == null ? null : date.toString();
  }

  /** A date of the address, or none when it is not one (load() says why). */
  private static LocalDate date(String iso) {
    try {
      return iso == null || iso.isBlank() ? null : LocalDate.parse(iso.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  protected LocalDate today() {
    return LocalDate.now(clock.withZone(ClockProducer.ZONE));
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
