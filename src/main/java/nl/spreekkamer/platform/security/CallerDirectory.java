package nl.spreekkamer.platform.security;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Looks up a logged-in user on every request, so a deactivated account loses access at once, a
 * password change ends the account's other sessions, and a one-time password must be replaced
 * before anything else works.
 */
public interface CallerDirectory {
  /** The account as it is now, or empty when it no longer exists or was deactivated. */
  Optional<ActiveCaller> active(String username);

  /** The second step of a login: a code of the user's authenticator app or a recovery code. */
  boolean secondFactor(String username, String code);

  /**
   * What the authentication mechanism needs to know of an active account: its roles, whether it
   * must still replace a one-time password or enrol two-factor login, whether it logs in with two
   * steps, and when its password last changed.
   */
  record ActiveCaller(
      Set<String> roles,
      boolean mustChangePassword,
      Instant passwordChangedAt,
      boolean twoFactor,
      boolean mustEnrolTwoFactor) {
    /** Whether a session that began at {@code sessionStart} may go on. */
    public boolean sessionValid(Instant sessionStart) {
      return passwordChangedAt == null
          || (sessionStart != null && !sessionStart.isBefore(passwordChangedAt));
    }
  }
}
