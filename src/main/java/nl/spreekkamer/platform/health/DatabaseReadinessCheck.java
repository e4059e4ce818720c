package nl.spreekkamer.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {
  @Resource(lookup = "jdbc/spreekkamer")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(2);
      return response
          .status(valid)
          .withData("product", connection.getMetaData().getDatabaseProductName())
          .build();
    } catch (Exception e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
