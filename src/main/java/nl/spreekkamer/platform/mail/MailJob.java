package nl.spreekkamer.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.spreekkamer.platform.errors.DatabaseUnavailable;
import nl.spreekkamer.platform.scheduling.ClusterJobs;
import nl.spreekkamer.platform.scheduling.TimeSlot;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what waits in the outbox, every {@code spreekkamer.mail.every} (default 2 s), on every
 * server. A server claims a batch of mails before it sends them, so no two servers send the same
 * mail; a batch a server dropped (it stopped) is free again when its lease ends, and then sent
 * again: at least once. A mail the SMTP server does not take is tried again after 30 s, then after
 * twice as long each time up to an hour, and given up after {@code spreekkamer.mail.attempts} tries
 * (decision 0028). Once an hour one server forgets sent mails after 30 days and failed ones after
 * 90.
 */
@Singleton
@Startup
@PermitAll
public class MailJob {
  private static final Logger LOG = Logger.getLogger(MailJob.class.getName());
  static final String NAME = "mail-outbox";
  static final int BATCH = 50;
  static final Duration LEASE = Duration.ofMinutes(2);

  /** A run stops taking new batches after this long and leaves the rest to the next run. */
  static final Duration RUN_LIMIT = Duration.ofSeconds(30);

  static final int KEEP_SENT_DAYS = 30;
  static final int KEEP_FAILED_DAYS = 90;

  /** Longer than any reminder window (certificates: 90 days), so a once-only key is not reused. */
  static final int KEEP_KEYED_DAYS = 400;

  /** A batch stops handing mails to SMTP this long before its lease ends (no second sender). */
  static final Duration LEASE_MARGIN = Duration.ofSeconds(30);

  static final Duration PURGE_EVERY = Duration.ofHours(1);

  private TimeSlot lastPurgeSlot;

  @Inject OutboxStore store;
  @Inject SmtpSender sender;
  @Inject ClusterJobs jobs;
  @Inject Clock clock;
  @Resource TimerService timers;

  @Inject
  @ConfigProperty(name = "spreekkamer.mail.every", defaultValue = "PT2S")
  Duration every;

  @Inject
  @ConfigProperty(name = "spreekkamer.mail.retry.first", defaultValue = "PT30S")
  Duration firstRetry;

  @Inject
  @ConfigProperty(name = "spreekkamer.mail.retry.longest", defaultValue = "PT1H")
  Duration longestRetry;

  @Inject
  @ConfigProperty(name = "spreekkamer.mail.attempts", defaultValue = "30")
  int attempts;

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(every.toMillis(), every.toMillis(), new TimerConfig(NAME, false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    try {
      Instant stop = clock.instant().plus(RUN_LIMIT);
      while (clock.instant().isBefore(stop) && batch() == BATCH) {
        // A full batch: there may be more waiting.
      }
      TimeSlot slot = TimeSlot.containing(clock.instant(), PURGE_EVERY);
      if (!slot.equals(lastPurgeSlot)) {
        lastPurgeSlot = slot; // claim each hour's slot once from this server, not every 2 s
        jobs.runOnce(NAME + "-purge", PURGE_EVERY, this::purge);
      }
    } catch (RuntimeException e) {
      if (DatabaseUnavailable.causes(e)) {
        LOG.fine(() -> "Mail skipped, the database is unavailable: " + e);
      } else {
        LOG.log(Level.WARNING, "Mail job failed", e);
      }
    }
  }

  /** Claims and sends one batch; answers how many mails were due. */
  private int batch() {
    Instant now = clock.instant();
    List<Long> due = store.due(now, BATCH);
    if (due.isEmpty()) {
      return 0;
    }
    String token = UUID.randomUUID().toString();
    try {
      List<OutboxMail> mails = new ArrayList<>();
      for (OutboxMail m : store.claim(due, token, now, now.plus(LEASE))) {
        if (m.expiresAt() != null && m.expiresAt().isBefore(now)) {
          store.expired(m.id(), token);
          LOG.info(() -> "Mail " + m.id() + " (" + m.kind() + ") expired before it could be sent");
        } else {
          mails.add(m);
        }
      }
      Map<Long, String> failures = sender.send(mails, now.plus(LEASE).minus(LEASE_MARGIN));
      Instant done = clock.instant();
      store.sent(
          mails.stream().map(OutboxMail::id).filter(id -> !failures.containsKey(id)).toList(),
          token,
          done);
      int givenUp = 0;
      for (OutboxMail m : mails) {
        String why = failures.get(m.id());
        if (why != null) {
          int tried = m.attempts() + 1;
          boolean giveUp = tried >= attempts;
          store.failed(m.id(), token, why, done.plus(pause(tried)), giveUp);
          givenUp += giveUp ? 1 : 0;
        }
      }
      int sent = mails.size() - failures.size();
      if (sent > 0) {
        LOG.info(() -> "Mail: " + sent + " sent by " + jobs.node());
      }
      if (!failures.isEmpty()) {
        int failed = failures.size();
        int lost = givenUp;
        String why = failures.values().iterator().next();
        LOG.info(
            () ->
                failed
                    + " of "
                    + mails.size()
                    + " mails not sent ("
                    + why
                    + "); "
                    + lost
                    + " given up, the others tried again later");
      }
      return due.size();
    } finally {
      store.release(token);
    }
  }

  /** The pause after the {@code tried}-th failed attempt. */
  Duration pause(int tried) {
    Duration pause = firstRetry;
    for (int i = 1; i < tried && pause.compareTo(longestRetry) < 0; i++) {
      pause = pause.multipliedBy(2);
    }
    return pause.compareTo(longestRetry) > 0 ? longestRetry : pause;
  }

  private String purge() {
    Instant now = clock.instant();
    int gone =
        store.purge(
            now.minus(KEEP_SENT_DAYS, ChronoUnit.DAYS),
            now.minus(KEEP_FAILED_DAYS, ChronoUnit.DAYS),
            now.minus(KEEP_KEYED_DAYS, ChronoUnit.DAYS));
    return gone + " old mails forgotten";
  }
}
