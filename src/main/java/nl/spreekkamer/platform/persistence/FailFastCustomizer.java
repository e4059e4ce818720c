package nl.spreekkamer.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that lost its connection three times, five seconds apart, so a request
 * hung for 15 s or more while the database was down. Liberty's pool already hands out only
 * validated connections; one quick retry is enough, and the caller then gets a 503 at once.
 */
public class FailFastCustomizer implements SessionCustomizer {
  static final int RETRIES = 1;
  static final int DELAY_MILLIS = 100;

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(RETRIES);
      login.setDelayBetweenConnectionAttempts(DELAY_MILLIS);
    }
  }
}
