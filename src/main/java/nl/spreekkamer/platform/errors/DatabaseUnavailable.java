package nl.spreekkamer.platform.errors;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Tells a fault of the database connection (server stopped, restarting, unreachable, pool
 * exhausted) from other failures, so that callers get a 503 "try again" instead of a 500 or a
 * misleading 409.
 */
public final class DatabaseUnavailable {
  /** Seconds a client is asked to wait before it tries again. */
  public static final int RETRY_AFTER_SECONDS = 10;

  /**
   * How long after this server last found the database unreachable a session it cannot read is
   * taken for an effect of the outage rather than for a session that ended. Liberty's session store
   * can fail to read a session for a moment after the database answers again.
   */
  public static final Duration AFTERMATH = Duration.ofSeconds(30);

  private static final Aftermath LAST_OUTAGE = new Aftermath(System::nanoTime);

  private DatabaseUnavailable() {}

  /** Whether a connection fault caused {@code thrown}; if so, also notes the moment. */
  public static boolean causes(Throwable thrown) {
    boolean fault = Causes.first(thrown, DatabaseUnavailable::isConnectionFault).isPresent();
    if (fault) {
      seen();
    }
    return fault;
  }

  /** Notes that this server just found the database unreachable. */
  public static void seen() {
    LAST_OUTAGE.seen();
  }

  /** Whether this server found the database unreachable within the last {@link #AFTERMATH}. */
  public static boolean seenRecently() {
    return LAST_OUTAGE.recently();
  }

  /** System.nanoTime() of the last time this server found the database unreachable (tests). */
  static long lastSeen() {
    return LAST_OUTAGE.last;
  }

  /** When the database was last found unreachable, on a clock of nanoseconds. */
  static final class Aftermath {
    private final LongSupplier nanoTime;
    private volatile boolean ever;
    private volatile long last;

    Aftermath(LongSupplier nanoTime) {
      this.nanoTime = nanoTime;
    }

    void seen() {
      last = nanoTime.getAsLong();
      ever = true;
    }

    boolean recently() {
      return ever && nanoTime.getAsLong() - last < AFTERMATH.toNanos();
    }
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
