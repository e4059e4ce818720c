package nl.spreekkamer.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failures in a row per key, in memory: past an allowance every further failure asks for a wait
 * that doubles (1, 2, 4 ... seconds) up to {@link #MAX_WAIT}. A count is forgotten {@link #MEMORY}
 * after its last failure; at most {@link #CAPACITY} keys are kept, so a flood of fresh keys cannot
 * exhaust the heap.
 */
final class FailureCounter {
  static final Duration MAX_WAIT = Duration.ofSeconds(60);
  static final Duration MEMORY = Duration.ofMinutes(15);
  static final int CAPACITY = 100_000;

  private final int allowance;
  private final Map<String, Count> counts = new ConcurrentHashMap<>();

  FailureCounter(int allowance) {
    this.allowance = allowance;
  }

  /** How long this key must still wait, if at all. */
  Optional<Duration> waitFor(String key, Instant now) {
    Count count = counts.get(key);
    return count != null && count.retryAt().isAfter(now)
        ? Optional.of(Duration.between(now, count.retryAt()))
        : Optional.empty();
  }

  void failed(String key, Instant now) {
    if (counts.size() >= CAPACITY) {
      forgetOlderThan(now.minus(MEMORY));
    }
    counts.compute(key, (k, count) -> next(count, now));
  }

  void succeeded(String key) {
    counts.remove(key);
  }

  void forgetOlderThan(Instant limit) {
    counts.values().removeIf(c -> c.last().isBefore(limit));
    if (counts.size() >= CAPACITY) {
      counts.clear(); // flooded with fresh keys: start over rather than grow without bound
    }
  }

  int size() {
    return counts.size();
  }

  private Count next(Count count, Instant now) {
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

  /** The wait in whole seconds, rounded up, as a {@code Retry-After} header says it (1..60). */
  static long seconds(Duration wait) {
    long seconds = (wait.toMillis() + 999) / 1000;
    return Math.max(1, Math.min(MAX_WAIT.toSeconds(), seconds));
  }

  private record Count(int failures, Instant last, Instant retryAt) {}
}
