package nl.spreekkamer.platform.scheduling;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The moment for the day's reminders has come (a working day, within office hours); each feature
 * that sends reminders observes it and adds how many mails it posted.
 */
public record RemindersDue(LocalDate today, AtomicInteger posted) {
  public void count(int mails) {
    posted.addAndGet(mails);
  }
}
