package nl.spreekkamer.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.spreekkamer.platform.ClockProducer;

/** Moments shown on pages in Dutch time, e.g. {@code 3-12-2026 10:30}: {@code #{tijd.of(x)}}. */
@Named("tijd")
@ApplicationScoped
public class DateTimes {
  private static final ZoneId DUTCH_TIME = ClockProducer.ZONE;
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(DUTCH_TIME);

  public String of(Instant moment) {
    return moment == null ? "" : FORMAT.format(moment);
  }
}
