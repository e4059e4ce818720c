package nl.spreekkamer.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the JVM has some heap headroom left; a restart is the cure otherwise. */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {
  private static final double MAX_HEAP_USE = 0.95;

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    double share = (double) used / runtime.maxMemory();
    return HealthCheckResponse.named("heap")
        .status(share < MAX_HEAP_USE)
        .withData("usedPercent", Math.round(share * 100))
        .build();
  }
}
