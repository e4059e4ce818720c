package nl.spreekkamer.platform.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import nl.spreekkamer.platform.ClockProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fires {@link RemindersDue} once per slot of {@code spreekkamer.reminders.every} (default one
 * hour) across all servers, on working days between {@code spreekkamer.reminders.from} and {@code
 * .until} o'clock Dutch time (default 7 to 18), so nobody is mailed at night. The features' own
 * keys make each reminder go once, however often this runs.
 */
@Singleton
@Startup
@PermitAll
public class ReminderJob {
  static final String NAME = "reminders";

  @Inject ClusterJobs jobs;
  @Inject Clock clock;
  @Inject Event<RemindersDue> due;
  @Resource TimerService timers;

  @Inject
  @ConfigProperty(name = "spreekkamer.reminders.every", defaultValue = "PT1H")
  Duration every;

  @Inject
  @ConfigProperty(name = "spreekkamer.reminders.from", defaultValue = "7")
  int fromHour;

  @Inject
  @ConfigProperty(name = "spreekkamer.reminders.until", defaultValue = "18")
  int untilHour;

  @Inject
  @ConfigProperty(name = "spreekkamer.reminders.weekend", defaultValue = "false")
  boolean weekend;

  @PostConstruct
  void schedule() {
    TimeSlot.everySlot(timers, clock, every, NAME);
  }

  @Timeout
  void run() {
    ZonedDateTime now = clock.instant().atZone(ClockProducer.ZONE);
    if (!within(now)) {
      return;
    }
    jobs.runOnce(
        NAME,
        every,
        () -> {
          RemindersDue reminders = new RemindersDue(now.toLocalDate(), new AtomicInteger());
          due.fire(reminders);
          return reminders.posted() + " reminders posted";
        });
  }

  /** Whether reminders may go out at {@code now}. */
  boolean within(ZonedDateTime now) {
    DayOfWeek day = now.getDayOfWeek();
    if (!weekend && (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY)) {
      return false;
    }
    return now.getHour() >= fromHour && now.getHour() < untilHour;
  }
}
