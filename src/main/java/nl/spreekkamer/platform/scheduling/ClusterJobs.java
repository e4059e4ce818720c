package nl.spreekkamer.platform.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.spreekkamer.platform.errors.DatabaseUnavailable;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs a scheduled job at most once per time slot across all servers that share the database
 * (docs/decisions/0016). Every server's timer fires; the first to claim the slot in JOB_RUN runs
 * the job, the others skip it.
 */
@ApplicationScoped
public class ClusterJobs {
  private static final Logger LOG = Logger.getLogger(ClusterJobs.class.getName());

  @Inject JobRuns runs;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "spreekkamer.node", defaultValue = "spreekkamer")
  String serverName;

  private String node;

  /** This server's name in JOB_RUN: host name and Liberty server name. */
  public String node() {
    if (node == null) {
      String host;
      try {
        host = InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException e) {
        host = "unknown-host";
      }
      node = host + "/" + serverName;
    }
    return node;
  }

  /**
   * Runs {@code work} if this server is the first to claim the current slot of {@code job}.
   *
   * @return whether this server ran it
   */
  public boolean runOnce(String job, Duration every, Supplier<String> work) {
    TimeSlot slot = TimeSlot.containing(clock.instant(), every);
    try {
      runs.claim(job, slot, node(), clock.instant());
    } catch (RuntimeException e) {
      if (DatabaseUnavailable.causes(e)) {
        LOG.warning(() -> "Job " + job + " skipped, the database is unavailable: " + e);
      } else {
        LOG.info(
            () ->
                "Job " + job + ", slot " + slot.start() + ": skipped, run by " + holder(job, slot));
      }
      return false;
    }
    LOG.info(() -> "Job " + job + ", slot " + slot.start() + ": runs on " + node());
    String result;
    try {
      result = work.get();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Job " + job + " failed", e);
      result = "failed: " + e;
    }
    runs.finish(job, slot, result, clock.instant());
    return true;
  }

  private String holder(String job, TimeSlot slot) {
    try {
      return runs.holder(job, slot);
    } catch (RuntimeException e) {
      return "?";
    }
  }
}
