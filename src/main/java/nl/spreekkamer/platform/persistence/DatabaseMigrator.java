package nl.spreekkamer.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the database schema up to date with the Liquibase changelog before anything else uses it.
 * Runs outside a JTA transaction on a connection of its own, and never shuts Derby down.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {
  static final String CHANGELOG = "db/changelog/db.changelog-master.xml";
  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = "jdbc/spreekkamer")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    System.setProperty("liquibase.analytics.enabled", "false");
    long start = System.nanoTime();
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
