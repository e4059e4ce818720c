package nl.spreekkamer.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The second step of a form login with two-factor login on (decision 0018). After a right password
 * the session remembers for five minutes whose password it was, nothing more: the user is not
 * logged in until the code of the app (or a recovery code) is right too. Wrong codes are throttled
 * like wrong passwords, under a count of their own.
 */
@ApplicationScoped
public class SecondStep {
  static final String PENDING = "spreekkamer.secondStep";
  static final Duration VALID_FOR = Duration.ofMinutes(5);

  @Inject CallerDirectory directory;
  @Inject LoginThrottle throttle;
  @Inject Clock clock;

  /** Whose password was right, since when. */
  record Pending(String username, Instant since) implements Serializable {}

  /** The password was right: the code is asked next, in this session. */
  void await(HttpServletRequest request, String username) {
    request.getSession(true).setAttribute(PENDING, new Pending(username, clock.instant()));
  }

  /** The user who is halfway through logging in in this session, if any and not too long ago. */
  public static Optional<String> pendingUser(HttpServletRequest request) {
    return pending(request, Instant.now()).map(Pending::username);
  }

  /** Leaves the second step (the user goes back to the password). */
  public static void cancel(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(PENDING);
    }
  }

  /**
   * Checks the code for the pending user; the user's name when it is right. Sets {@link
   * LoginFailure} on the request when it is not.
   */
  Optional<String> complete(HttpServletRequest request, String code) {
    Optional<Pending> pending = pending(request, clock.instant());
    if (pending.isEmpty()) {
      request.setAttribute(LoginFailure.REQUEST_ATTRIBUTE, LoginFailure.EXPIRED);
      return Optional.empty();
    }
    String username = pending.get().username();
    String counted = "\u0001code:" + username;
    String source = request.getRemoteAddr();
    Optional<Duration> wait = throttle.waitFor(counted, source);
    if (wait.isPresent()) {
      request.setAttribute(LoginFailure.REQUEST_ATTRIBUTE, LoginFailure.THROTTLED);
      request.setAttribute(LoginFailure.RETRY_AFTER, LoginThrottle.seconds(wait.get()));
      return Optional.empty();
    }
    if (!directory.secondFactor(username, code)) {
      throttle.failed(counted, source);
      request.setAttribute(LoginFailure.REQUEST_ATTRIBUTE, LoginFailure.INVALID_CODE);
      return Optional.empty();
    }
    throttle.succeeded(counted, source);
    cancel(request);
    return Optional.of(username);
  }

  private static Optional<Pending> pending(HttpServletRequest request, Instant now) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
      return Optional.empty();
    }
    return pending.since().plus(VALID_FOR).isAfter(now) ? Optional.of(pending) : Optional.empty();
  }
}
