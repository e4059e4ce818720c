package nl.spreekkamer.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.OptionalLong;

/**
 * Public lookups by a secret code (a referral card's code, a certificate's code, a screen's token)
 * cannot be enumerated (issue 16): per source address, after {@link #ALLOWANCE} unknown codes in a
 * row every further miss doubles a wait up to a minute, during which the source gets 429. A code
 * that is found ends the count. People who mistype a code now and then never notice.
 */
@ApplicationScoped
public class LookupThrottle {
  static final int ALLOWANCE = 20;

  private final FailureCounter misses = new FailureCounter(ALLOWANCE);

  @Inject Clock clock;

  public LookupThrottle() {}

  LookupThrottle(Clock clock) {
    this.clock = clock;
  }

  /** The seconds this source must wait before its next lookup, if it must. */
  public OptionalLong retryAfter(String source) {
    return misses
        .waitFor(source, clock.instant())
        .map(wait -> OptionalLong.of(FailureCounter.seconds(wait)))
        .orElse(OptionalLong.empty());
  }

  /** A lookup of a code that does not exist. */
  public void missed(String source) {
    misses.failed(source, clock.instant());
  }

  /** A lookup that found its code. */
  public void found(String source) {
    misses.succeeded(source);
  }
}
