package nl.spreekkamer.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The application's clock, in Dutch time; one place to swap it in tests. */
@ApplicationScoped
public class ClockProducer {
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @Produces
  Clock clock() {
    return Clock.system(ZONE);
  }
}
