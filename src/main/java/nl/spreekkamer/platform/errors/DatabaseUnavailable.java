package nl.spreekkamer.platform.errors;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a fault of the database connection (server stopped, restarting, unreachable, pool
 * exhausted) from other failures, so that callers get a 503 "try again" instead of a 500 or a
 * misleading 409.
 */
public final class DatabaseUnavailable {
  /** Seconds a client is asked to wait before it tries again. */
  public static final int RETRY_AFTER_SECONDS = 10;

  private DatabaseUnavailable() {}

  public static boolean causes(Throwable thrown) {
    return Causes.first(thrown, DatabaseUnavailable::isConnectionFault).isPresent();
  }

  private static boolean isConnectionFault(Throwable e) {
    if (e instanceof SQLTransientConnectionException
        || e instanceof SQLNonTransientConnectionException
        || e instanceof ConnectException) {
      return true;
    }
    if (e instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      // 08: connection exception; 57P01-57P03: the server is shutting down or starting up.
      return state.startsWith("08") || state.startsWith("57P");
    }
    // The connection pool's own faults (e.g. no connection within connectionTimeout).
    return e.getClass().getName().startsWith("jakarta.resource.")
        || e.getClass().getName().endsWith("ConnectionWaitTimeoutException");
  }
}
