package nl.spreekkamer.referral.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/** Every night at 03:15 the retention period is applied to closed referrals. */
@Singleton
@PermitAll
public class RetentionJob {
  private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

  @Inject Retention retention;
  @Inject Clock clock;

  @Schedule(hour = "3", minute = "15", persistent = false)
  void nightly() {
    int erased = retention.eraseExpired(clock.instant());
    if (erased > 0) {
      LOG.info(() -> "Retention: personal data of " + erased + " closed referrals erased");
    }
  }
}
