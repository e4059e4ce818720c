package nl.spreekkamer.referral.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import nl.spreekkamer.platform.scheduling.ClusterJobs;
import nl.spreekkamer.platform.scheduling.TimeSlot;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the retention period to closed referrals once per slot ({@code
 * spreekkamer.retention.every}, default one hour) across all servers. Every server's timer fires;
 * {@link ClusterJobs} lets only the first one run.
 */
@Singleton
@Startup
@PermitAll
public class RetentionJob {
  static final String NAME = "retention";

  @Inject Retention retention;
  @Inject ClusterJobs jobs;
  @Inject Clock clock;
  @Resource TimerService timers;

  @Inject
  @ConfigProperty(name = "spreekkamer.retention.every", defaultValue = "PT1H")
  Duration every;

  @PostConstruct
  void schedule() {
    TimeSlot.everySlot(timers, clock, every, NAME);
  }

  @Timeout
  void run() {
    jobs.runOnce(
        NAME, every, () -> "erased " + retention.eraseExpired(clock.instant()) + " referrals");
  }
}
