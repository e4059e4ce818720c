package nl.spreekkamer.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.platform.security.CallerDirectory;
import nl.spreekkamer.platform.security.LoginFailure;
import nl.spreekkamer.platform.security.LoginThrottle;
import nl.spreekkamer.platform.security.PasswordHasher;

/**
 * Jakarta Security's view of the accounts: checks passwords against what {@link LoginService}
 * reads, slowed down by the {@link LoginThrottle}, and answers who a logged-in user is now.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore, CallerDirectory {
  private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());

  @Inject LoginService logins;
  @Inject AccountRepository accounts;
  @Inject LoginThrottle throttle;
  @Inject PasswordHasher hasher;
  @Inject HttpServletRequest request;
  @Inject TwoFactorService twoFactor;
  @Inject TwoFactorRequirement requirement;

  /** Accounts whose last-login write is under way on this server: one writer each at a time. */
  private final Set<Long> writing = ConcurrentHashMap.newKeySet();

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String username = login.getCaller();
    String source = request.getRemoteAddr();
    Optional<Duration> wait = throttle.waitFor(username, source);
    if (wait.isPresent()) {
      request.setAttribute(LoginFailure.RETRY_AFTER, LoginThrottle.seconds(wait.get()));
      return failed(LoginFailure.THROTTLED);
    }
    Optional<LoginService.Credentials> found;
    try {
      found = logins.credentials(username);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Login check failed", e);
      return CredentialValidationResult.INVALID_RESULT;
    }
    char[] password = login.getPassword().getValue();
    if (found.isEmpty()) {
      hasher.matchNothing(password); // as slow as a wrong password
      throttle.failed(username, source);
      return failed(LoginFailure.INVALID);
    }
    LoginService.Credentials account = found.get();
    if (!hasher.matches(password, account.passwordHash())) {
      throttle.failed(username, source);
      bookkeeping(() -> logins.recordFailure(account.accountId()));
      return failed(LoginFailure.INVALID);
    }
    throttle.succeeded(username, source);
    if (account.lastLoginDue() && writing.add(account.accountId())) {
      try {
        bookkeeping(() -> logins.recordSuccess(account.accountId()));
      } finally {
        writing.remove(account.accountId());
      }
    }
    return new CredentialValidationResult(account.username(), account.roles());
  }

  /** Login bookkeeping never decides a login: a write that fails is logged and dropped. */
  private static void bookkeeping(Runnable write) {
    try {
      write.run();
    } catch (RuntimeException e) {
      LOG.warning(() -> "Login bookkeeping skipped: " + e);
    }
  }

  private CredentialValidationResult failed(LoginFailure reason) {
    request.setAttribute(LoginFailure.REQUEST_ATTRIBUTE, reason);
    return CredentialValidationResult.INVALID_RESULT;
  }

  /**
   * Runs in its own short transaction: read outside one, the connection would stay with the request
   * until it ends, and the service call after it needs a second one; under load every request then
   * held one connection while waiting for another, and the pool ran dry (bench/learning-bench.sh).
   */
  @Override
  @Transactional
  public Optional<ActiveCaller> active(String username) {
    return accounts
        .findByUsername(username)
        .filter(a -> a.isActive())
        .map(
            a ->
                new ActiveCaller(
                    a.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()),
                    a.mustChangePassword(),
                    a.passwordChangedAt(),
                    a.twoFactorEnabled(),
                    a.mustEnrolTwoFactor(requirement.required())));
  }

  @Override
  public boolean secondFactor(String username, String code) {
    try {
      return twoFactor.verifyLogin(username, code);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Second-step check failed", e);
      return false;
    }
  }
}
