package nl.spreekkamer.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Slows down password guessing without ever locking an account (issue 16, decision 0017). Failed
 * attempts in a row are counted three ways: per username and source address, per source address,
 * and per username from any source. Each count, past its allowance, asks for a wait that doubles
 * with every further failure up to a minute; an attempt during a wait is refused without checking
 * the password. A stranger who guesses someone's password thus slows down himself first, and the
 * owner, from another address, waits at most a minute even under a distributed attack.
 *
 * <p>The counts are kept per server in memory, keyed by the username as typed, so a username that
 * does not exist is throttled exactly like one that does. With several servers a guesser gets each
 * server's allowance; the waits still hold on every one of them.
 */
@ApplicationScoped
public class LoginThrottle {
  public static final Duration MAX_WAIT = FailureCounter.MAX_WAIT;
  static final Duration MEMORY = FailureCounter.MEMORY;

  /** Failures allowed before the first wait: per username and source, per source, per username. */
  static final int PAIR_ALLOWANCE = 3;

  static final int SOURCE_ALLOWANCE = 10;
  static final int USERNAME_ALLOWANCE = 20;

  private final FailureCounter pairs = new FailureCounter(PAIR_ALLOWANCE);
  private final FailureCounter sources = new FailureCounter(SOURCE_ALLOWANCE);
  private final FailureCounter usernames = new FailureCounter(USERNAME_ALLOWANCE);

  @Inject Clock clock;

  public LoginThrottle() {}

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long this username from this source must still wait before its next attempt, if at all. */
  public Optional<Duration> waitFor(String username, String source) {
    Instant now = clock.instant();
    return Stream.of(
            pairs.waitFor(pair(username, source), now),
            sources.waitFor(source, now),
            usernames.waitFor(normal(username), now))
        .flatMap(Optional::stream)
        .max(Duration::compareTo);
  }

  /** A failed attempt: every count goes up, and waits begin past their allowance. */
  public void failed(String username, String source) {
    Instant now = clock.instant();
    pairs.failed(pair(username, source), now);
    sources.failed(source, now);
    usernames.failed(normal(username), now);
  }

  /**
   * A request that is limited like a login but is not one (asking for a reset link): counted per
   * name and source and per name, not in the source's count of failed logins.
   */
  public void counted(String name, String source) {
    Instant now = clock.instant();
    pairs.failed(pair(name, source), now);
    usernames.failed(normal(name), now);
  }

  /** A successful login ends the counts of this username and of this source. */
  public void succeeded(String username, String source) {
    pairs.succeeded(pair(username, source));
    sources.succeeded(source);
    usernames.succeeded(normal(username));
  }

  /**
   * The name under which password changes of this user are counted: apart from the logins, so a
   * successful login (every Basic call is one) does not clear the count of wrong current passwords.
   */
  public static String passwordChangeOf(String username) {
    return "\u0001change:" + normal(username);
  }

  /** The wait in whole seconds, rounded up, as a {@code Retry-After} header says it (1..60). */
  public static long seconds(Duration wait) {
    return FailureCounter.seconds(wait);
  }

  void forgetOlderThan(Instant limit) {
    pairs.forgetOlderThan(limit);
    sources.forgetOlderThan(limit);
    usernames.forgetOlderThan(limit);
  }

  int size() {
    return pairs.size() + sources.size() + usernames.size();
  }

  private static String pair(String username, String source) {
    return normal(username) + "\u0000" + source;
  }

  private static String normal(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
