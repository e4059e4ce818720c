package nl.spreekkamer.referral.application;

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
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.spreekkamer.platform.errors.DatabaseUnavailable;
import nl.spreekkamer.platform.scheduling.ClusterJobs;
import nl.spreekkamer.referral.infrastructure.HookSender;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Calls the case systems' hooks every {@code spreekkamer.fhir.hooks.every} (default 2 s) with the
 * changes they have not yet had. Every server runs it; a lease on each subscription lets one server
 * at a time send it. The HTTP calls run outside any transaction: a slow hook holds no database
 * lock. The cursor moves only after a 2xx, so a change is told at least once.
 */
@Singleton
@Startup
@PermitAll
public class SubscriptionJob {
  private static final Logger LOG = Logger.getLogger(SubscriptionJob.class.getName());
  static final String NAME = "fhir-hooks";

  @Inject SubscriptionService subscriptions;
  @Inject HookSender sender;
  @Inject ClusterJobs jobs;
  @Resource TimerService timers;

  @Inject
  @ConfigProperty(name = "spreekkamer.fhir.hooks.every", defaultValue = "PT2S")
  Duration every;

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(every.toMillis(), every.toMillis(), new TimerConfig(NAME, false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    try {
      for (long id : subscriptions.due()) {
        deliver(id);
      }
    } catch (RuntimeException e) {
      if (DatabaseUnavailable.causes(e)) {
        LOG.fine(() -> "Hooks skipped, the database is unavailable: " + e);
      } else {
        LOG.log(Level.WARNING, "Hooks failed", e);
      }
    }
  }

  private void deliver(long id) {
    String node = jobs.node();
    if (!subscriptions.lease(id, node)) {
      return;
    }
    try {
      Optional<SubscriptionService.Batch> batch = subscriptions.pending(id);
      if (batch.isEmpty()) {
        return;
      }
      SubscriptionService.Batch b = batch.get();
      String failure = sender.send(b.endpoint(), b.header(), b.withPayload(), b.notices());
      if (failure == null) {
        subscriptions.delivered(id, b.last());
        LOG.fine(() -> "Subscription " + id + ": told of " + b.notices().size() + " Tasks");
      } else {
        subscriptions.failed(id, failure);
        LOG.info(() -> "Subscription " + id + ": hook failed (" + failure + "), tried again later");
      }
    } finally {
      subscriptions.release(id, node);
    }
  }
}
