package nl.spreekkamer.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  /** A clock the test moves by hand. */
  static final class Hand extends Clock {
    Instant now = Instant.parse("2026-12-03T09:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final Hand clock = new Hand();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void threeFailuresAreFreeThenTheWaitDoublesUpToAMinute() {
    for (int i = 0; i < 3; i++) {
      assertThat(throttle.waitFor("huisarts", "10.0.0.9")).isEmpty();
      throttle.failed("huisarts", "10.0.0.9");
    }
    assertThat(throttle.waitFor("huisarts", "10.0.0.9")).isEmpty();
    long[] expected = {1, 2, 4, 8, 16, 32, 60, 60};
    for (long seconds : expected) {
      throttle.failed("huisarts", "10.0.0.9");
      assertThat(throttle.waitFor("huisarts", "10.0.0.9")).hasValue(Duration.ofSeconds(seconds));
      clock.now = clock.now.plusSeconds(seconds);
      assertThat(throttle.waitFor("huisarts", "10.0.0.9")).isEmpty();
    }
  }

  @Test
  void aStrangerSlowsDownHimselfNotTheOwnerAtAnotherAddress() {
    for (int i = 0; i < 8; i++) {
      throttle.failed("Huisarts", "203.0.113.7");
    }
    assertThat(throttle.waitFor("huisarts", "203.0.113.7")).isPresent();
    assertThat(throttle.waitFor("huisarts", "192.168.1.20")).as("the owner").isEmpty();
    assertThat(throttle.waitFor("poh", "203.0.113.7"))
        .as("8 failures from one source are within its allowance for other names")
        .isEmpty();
  }

  @Test
  void manySourcesAgainstOneNameMakeEveryoneWaitAtMostAMinute() {
    for (int i = 0; i < 40; i++) {
      throttle.failed("huisarts", "198.51.100." + i);
    }
    Duration wait = throttle.waitFor("huisarts", "192.168.1.20").orElseThrow();
    assertThat(wait).isLessThanOrEqualTo(LoginThrottle.MAX_WAIT);
    clock.now = clock.now.plus(LoginThrottle.MAX_WAIT);
    assertThat(throttle.waitFor("huisarts", "192.168.1.20")).isEmpty();
  }

  @Test
  void oneSourceTryingManyNamesIsSlowedDown() {
    for (int i = 0; i < 11; i++) {
      throttle.failed("naam" + i, "203.0.113.7");
    }
    assertThat(throttle.waitFor("nog-een-naam", "203.0.113.7")).isPresent();
  }

  @Test
  void aSuccessEndsTheCountsAndOldCountsAreForgotten() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("poh", "10.0.0.9");
    }
    throttle.succeeded("poh", "10.0.0.9");
    assertThat(throttle.waitFor("poh", "10.0.0.9")).isEmpty();
    throttle.failed("poh", "10.0.0.9");
    assertThat(throttle.size()).isEqualTo(3);
    clock.now = clock.now.plus(LoginThrottle.MEMORY).plusSeconds(1);
    throttle.forgetOlderThan(clock.now.minus(LoginThrottle.MEMORY));
    assertThat(throttle.size()).isZero();
  }

  @Test
  void lookupsOfUnknownCodesAreSlowedDownPerSourceAndAFoundCodeEndsTheCount() {
    LookupThrottle lookups = new LookupThrottle(clock);
    for (int i = 0; i < LookupThrottle.ALLOWANCE; i++) {
      assertThat(lookups.retryAfter("203.0.113.7")).isEmpty();
      lookups.missed("203.0.113.7");
    }
    assertThat(lookups.retryAfter("203.0.113.7")).isEmpty();
    lookups.missed("203.0.113.7");
    assertThat(lookups.retryAfter("203.0.113.7")).hasValue(1);
    assertThat(lookups.retryAfter("192.168.1.20")).isEmpty();
    lookups.found("203.0.113.7");
    assertThat(lookups.retryAfter("203.0.113.7")).isEmpty();
  }

  @Test
  void retryAfterIsWholeSecondsBetweenOneAndSixty() {
    assertThat(LoginThrottle.seconds(Duration.ofMillis(10))).isEqualTo(1);
    assertThat(LoginThrottle.seconds(Duration.ofMillis(1500))).isEqualTo(2);
    assertThat(LoginThrottle.seconds(Duration.ofMinutes(5))).isEqualTo(60);
  }
}
