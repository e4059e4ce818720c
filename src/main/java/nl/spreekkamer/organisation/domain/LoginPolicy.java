package nl.spreekkamer.organisation.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The lock-out rule: after {@code maxAttempts} failed logins in a row an account is locked for
 * {@code lockDuration}; a successful login resets the count.
 */
public record LoginPolicy(int maxAttempts, Duration lockDuration) {
  public static final LoginPolicy STANDARD = new LoginPolicy(5, Duration.ofMinutes(15));

  /** When the account becomes locked after this many failures, or {@code null} if not yet. */
  public Instant lockedUntil(int failuresInARow, Instant now) {
    return failuresInARow >= maxAttempts ? now.plus(lockDuration) : null;
  }
}
