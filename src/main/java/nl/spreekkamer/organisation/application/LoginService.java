package nl.spreekkamer.organisation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.organisation.domain.LoginPolicy;
import nl.spreekkamer.platform.security.PasswordHasher;

/**
 * Checks a username and password and keeps the lock-out bookkeeping, each attempt in a transaction
 * of its own so that a failed login is counted even when the request fails.
 */
@Stateless
@PermitAll
public class LoginService {
  /** The last login is written at most this often, so parallel API calls do not contend. */
  private static final Duration LAST_LOGIN_RESOLUTION = Duration.ofMinutes(5);

  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  /** The outcome of a login attempt. */
  public record Outcome(Status status, String username, Set<String> roles) {
    /** Whether the login succeeded, and if not, why. */
    public enum Status {
      VALID,
      INVALID,
      LOCKED
    }

    static Outcome invalid() {
      return new Outcome(Status.INVALID, null, Set.of());
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Outcome verify(String username, char[] password) {
    Instant now = clock.instant();
    Optional<Account> found = accounts.findByUsername(username);
    if (found.isEmpty() || !found.get().isActive()) {
      hasher.matchNothing(password);
      return Outcome.invalid();
    }
    Account account = found.get();
    if (account.isLockedAt(now)) {
      return new Outcome(Outcome.Status.LOCKED, null, Set.of());
    }
    if (hasher.matches(password, account.passwordHash())) {
      if (account.failedLogins() > 0
          || account.lastLogin() == null
          || account.lastLogin().isBefore(now.minus(LAST_LOGIN_RESOLUTION))) {
        accounts.recordLoginSuccess(account.id(), now);
      }
      return new Outcome(
          Outcome.Status.VALID,
          account.username(),
          account.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()));
    }
    int failures = accounts.recordLoginFailure(account.id());
    Instant lockedUntil = LoginPolicy.STANDARD.lockedUntil(failures, now);
    if (lockedUntil != null) {
      accounts.lock(account.id(), lockedUntil);
      return new Outcome(Outcome.Status.LOCKED, null, Set.of());
    }
    return Outcome.invalid();
  }
}
