package nl.spreekkamer.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Slows down password guessing without ever locking an account (issue 16, decision 0017). Failed
 * attempts in a row are counted three ways: per username and source address, per source address,
 * and per username from any source. Each count, past its allowance, asks for a wait that doubles
 * with every further failure up to {@link #MAX_WAIT}; an attempt during a wait is refused without
 * checking the password. A stranger who guesses someone's password thus slows down himself first,
 * and the owner, from another address, waits at most a minute even under a distributed attack.
 *
 * <p>The counts are kept per server in memory, keyed by the username as typed, so a username that
 * does not exist is throttled exactly like one that does. With several servers a guesser gets each
 * server's allowance; the waits still hold on every one of them.
 */
@ApplicationScoped
public class LoginThrottle {
  public static final Duration MAX_WAIT = Duration.ofSeconds(60);

  /** Counts are forgotten this long after their last failure. */
  static final Duration MEMORY = Duration.ofMinutes(15);

  /** At most this many counts are kept; beyond it, stale ones are dropped first. */
  static final int CAPACITY = 100_000;

  /** Failures allowed before the first wait: per username and source, per source, per username. */
  static final int PAIR_ALLOWANCE = 3;

  static final int SOURCE_ALLOWANCE = 10;
  static final int USERNAME_ALLOWANCE = 20;

  private final Map<String, Count> counts = new ConcurrentHashMap<>();

  @Inject Clock clock;

  public LoginThrottle() {}

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long this username from this source must still wait before its next attempt, if at all. */
  public Optional<Duration> waitFor(String username, String source) {
    Instant now = clock.instant();
    return keys(username, source)
        .map(counts::get)
        .filter(c -> c != null && c.retryAt().isAfter(now))
        .map(c -> Duration.between(now, c.retryAt()))
        .max(Duration::compareTo);
  }

  /**
   * The name under which password changes of this user are counted: apart from the logins, so a
   * successful login (every Basic call is one) does not clear the count of wrong current passwords.
   */
  public static String passwordChangeOf(String username) {
    return "\u0001change:" + normal(username);
  }

  /** A failed attempt: every count goes up, and waits begin past their allowance. */
  public void failed(String username, String source) {
    Instant now = clock.instant();
    if (counts.size() >= CAPACITY) {
      forgetOlderThan(now.minus(MEMORY));
    }
    String pair = pairKey(username, source);
    String src = sourceKey(source);
    String user = usernameKey(username);
    counts.compute(pair, (k, c) -> next(c, PAIR_ALLOWANCE, now));
    counts.compute(src, (k, c) -> next(c, SOURCE_ALLOWANCE, now));
    counts.compute(user, (k, c) -> next(c, USERNAME_ALLOWANCE, now));
  }

  /** A successful login ends the counts of this username and of this source. */
  public void succeeded(String username, String source) {
    keys(username, source).forEach(counts::remove);
  }

  /** The wait in whole seconds, rounded up, as a {@code Retry-After} header says it (1..60). */
  public static long seconds(Duration wait) {
    long seconds = (wait.toMillis() + 999) / 1000;
    return Math.max(1, Math.min(MAX_WAIT.toSeconds(), seconds));
  }

  void forgetOlderThan(Instant limit) {
    counts.values().removeIf(c -> c.last().isBefore(limit));
    if (counts.size() >= CAPACITY) {
      // Flooded with fresh usernames: start over rather than grow without bound.
      counts.clear();
    }
  }

  int size() {
    return counts.size();
  }

  private static Count next(Count count, int allowance, Instant now) {
    int failures =
        count == null || count.last().isBefore(now.minus(MEMORY)) ? 1 : count.failures() + 1;
    return new Count(failures, now, now.plus(wait(failures, allowance)));
  }

  /** 1, 2, 4, 8 ... seconds for the failures past the allowance, at most a minute. */
  static Duration wait(int failures, int allowance) {
    int past = failures - allowance;
    if (past <= 0) {
      return Duration.ZERO;
    }
    long seconds = past >= 7 ? MAX_WAIT.toSeconds() : 1L << (past - 1);
    return Duration.ofSeconds(Math.min(seconds, MAX_WAIT.toSeconds()));
  }

  private static Stream<String> keys(String username, String source) {
    return Stream.of(pairKey(username, source), sourceKey(source), usernameKey(username));
  }

  private static String pairKey(String username, String source) {
    return "p\u0000" + normal(username) + "\u0000" + source;
  }

  private static String sourceKey(String source) {
    return "s\u0000" + source;
  }

  private static String usernameKey(String username) {
    return "u\u0000" + normal(username);
  }

  private static String normal(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private record Count(int failures, Instant last, Instant retryAt) {}
}
