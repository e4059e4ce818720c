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
import nl.spreekkamer.organisation.domain.AccountRepository;

/**
 * The login bookkeeping of accounts. Reading what a login check needs is one short transaction; the
 * password is hashed after it, outside any transaction; each write is one UPDATE statement in a
 * transaction of its own. So parallel logins of one account never hold a read lock while waiting
 * for a write lock (the deadlock of issue 16), and a write that fails never fails the login.
 */
@Stateless
@PermitAll
public class LoginService {
  /** The last login is written at most this often, so parallel API calls do not contend. */
  static final Duration LAST_LOGIN_RESOLUTION = Duration.ofMinutes(5);

  @Inject AccountRepository accounts;
  @Inject Clock clock;

  /** What a login check needs of an active account. */
  public record Credentials(
      long accountId,
      String username,
      String passwordHash,
      Set<String> roles,
      boolean lastLoginDue) {}

  /** The credentials of an active account by this username, or empty. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Credentials> credentials(String username) {
    Instant due = clock.instant().minus(LAST_LOGIN_RESOLUTION);
    return accounts
        .findByUsername(username)
        .filter(a -> a.isActive())
        .map(
            a ->
                new Credentials(
                    a.id(),
                    a.username(),
                    a.passwordHash(),
                    a.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()),
                    a.failedLogins() > 0 || a.lastLogin() == null || a.lastLogin().isBefore(due)));
  }

  /** Notes a successful login: the time, and no failures since. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordSuccess(long accountId) {
    accounts.recordLoginSuccess(accountId, clock.instant());
  }

  /** Counts a failed login against the account, for the figures beheer sees. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordFailure(long accountId) {
    accounts.recordLoginFailure(accountId, clock.instant());
  }
}
