package nl.spreekkamer.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.platform.security.CallerDirectory;
import nl.spreekkamer.platform.security.LoginFailure;

/**
 * Jakarta Security's view of the accounts: validates passwords through {@link LoginService} and
 * answers the current roles of a logged-in user.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore, CallerDirectory {
  private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());

  @Inject LoginService logins;
  @Inject AccountRepository accounts;
  @Inject HttpServletRequest request;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    LoginService.Outcome outcome;
    try {
      outcome = logins.verify(login.getCaller(), login.getPassword().getValue());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Login check failed", e);
      return CredentialValidationResult.INVALID_RESULT;
    }
    return switch (outcome.status()) {
      case VALID -> new CredentialValidationResult(outcome.username(), outcome.roles());
      case LOCKED -> failed(LoginFailure.LOCKED);
      case INVALID -> failed(LoginFailure.INVALID);
    };
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
  public Optional<Set<String>> activeRoles(String username) {
    return accounts
        .findByUsername(username)
        .filter(a -> a.isActive())
        .map(a -> a.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()));
  }
}
