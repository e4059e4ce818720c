package nl.spreekkamer.platform.scheduling;

import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The period a scheduled job runs once in: slots of equal length, counted from the epoch. */
public record TimeSlot(Instant start, Duration length) {
  public TimeSlot {
    if (length.isZero() || length.isNegative()) {
      throw new IllegalArgumentException("A time slot needs a positive length: " + length);
    }
  }

  /** The slot of the given length that contains {@code moment}. */
  public static TimeSlot containing(Instant moment, Duration length) {
    long millis = length.toMillis();
    if (millis <= 0) {
      throw new IllegalArgumentException("A time slot needs a positive length: " + length);
    }
    long start = Math.floorDiv(moment.toEpochMilli(), millis) * millis;
    return new TimeSlot(Instant.ofEpochMilli(start), length);
  }

  /**
   * Starts a non-persistent interval timer that fires just after each slot of {@code length}
   * begins: every server keeps its own timer, and JOB_RUN decides who runs a slot.
   */
  public static void everySlot(TimerService timers, Clock clock, Duration length, String name) {
    long millis = length.toMillis();
    long untilNextSlot = millis - Math.floorMod(clock.millis(), millis);
    timers.createIntervalTimer(untilNextSlot + 1_000, millis, new TimerConfig(name, false));
  }
}
