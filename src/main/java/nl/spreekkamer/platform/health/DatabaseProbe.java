package nl.spreekkamer.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.spreekkamer.platform.errors.DatabaseUnavailable;

/** Asks the database whether it answers, within two seconds. */
@ApplicationScoped
public class DatabaseProbe {
  static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = "jdbc/spreekkamer")
  DataSource dataSource;

  /** The database's product name; throws when it does not answer. */
  public String productName() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid(TIMEOUT_SECONDS)) {
        throw new SQLException("The database did not answer in time", "08006");
      }
      return connection.getMetaData().getDatabaseProductName();
    }
  }

  /** Whether the database answers; when it does not, {@link DatabaseUnavailable} notes it. */
  public boolean answers() {
    try {
      productName();
      return true;
    } catch (SQLException | RuntimeException e) {
      DatabaseUnavailable.seen();
      return false;
    }
  }
}
