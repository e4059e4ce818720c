package nl.spreekkamer.platform.security;

import java.util.Optional;
import java.util.Set;

/**
 * Looks up the current roles of a logged-in user, so a deactivated account loses access at once.
 */
public interface CallerDirectory {
  /** The roles of an active account, or empty when it no longer exists or was deactivated. */
  Optional<Set<String>> activeRoles(String username);
}
