package nl.spreekkamer.monitoring.web;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.spreekkamer.monitoring.domain.Period;
import nl.spreekkamer.platform.ClockProducer;

/**
 * The period of a figures page as bookmarkable view parameters {@code from} and {@code to}; when
 * left out, the last months up to today.
 */
public abstract class PeriodParameters {
  @Inject Clock clock;

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
