package nl.spreekkamer.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the database schema up to date with the Liquibase changelog before anything else uses it,
 * after booting an embedded Derby database encrypted ({@link DerbyBoot}). Runs outside a JTA
 * transaction on a connection of its own, and never shuts Derby down.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {
  static final String CHANGELOG = "db/changelog/db.changelog-master.xml";
  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = "jdbc/spreekkamer")
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "spreekkamer.db", defaultValue = "derby")
  String db;

  @Inject
  @ConfigProperty(name = "spreekkamer.db.dir")
  Optional<String> derbyDirectory;

  /** The secret of the encrypted Derby database (decision 0019); empty in demo mode. */
  @Inject
  @ConfigProperty(name = "spreekkamer.db.bootPassword")
  Optional<String> bootPassword;

  @Inject
  @ConfigProperty(name = "spreekkamer.demo", defaultValue = "false")
  boolean demo;

  @PostConstruct
  void migrate() {
    System.setProperty("liquibase.analytics.enabled", "false");
    long start = System.nanoTime();
    if ("derby".equals(db) && derbyDirectory.isPresent()) {
      Path directory = Path.of(derbyDirectory.get());
      try {
        DerbyBoot.boot(
            directory,
            bootPassword
                .filter(p -> !p.isBlank())
                .orElseGet(() -> demo ? DerbyBoot.demoPassword(directory) : null));
      } catch (SQLException e) {
        throw new IllegalStateException("The embedded database did not boot: " + e.getMessage(), e);
      }
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      database.setAutoCommit(false);
      Liquibase liquibase =
          new Liquibase(
              CHANGELOG, new ClassLoaderResourceAccessor(getClass().getClassLoader()), database);
      liquibase.update("");
      connection.commit();
      connection.setAutoCommit(true);
    } catch (SQLException | LiquibaseException e) {
      throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
    }
    LOG.info(
        () -> "Database schema up to date in " + (System.nanoTime() - start) / 1_000_000 + " ms");
  }
}
