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

  /** What the authentication mechanism needs to know of an active account. */
  record ActiveCaller(Set<String> roles, boolean mustChangePassword, Instant passwordChangedAt) {
    /** Whether a session that began at {@code sessionStart} may go on. */
    public boolean sessionValid(Instant sessionStart) {
      return passwordChangedAt == null
          || (sessionStart != null && !sessionStart.isBefore(passwordChangedAt));
    }
  }
}
