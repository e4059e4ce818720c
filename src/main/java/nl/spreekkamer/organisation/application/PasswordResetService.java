package nl.spreekkamer.organisation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountEvent;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.TooManyAttemptsException;
import nl.spreekkamer.platform.security.LoginThrottle;
import nl.spreekkamer.platform.security.PasswordHasher;
import nl.spreekkamer.platform.security.PasswordPolicy;
import nl.spreekkamer.platform.security.Sha256;

/**
 * Self-service password reset by e-mail (issue 16): someone who forgot the password asks for a link
 * by username or e-mail address, and with it chooses a new password within 30 minutes, once. The
 * answer is the same whether the account exists or not; requests are throttled per name and source
 * like logins, so nobody can flood a mailbox. Two-step verification, when on, still asks for the
 * code at the next login: a mailbox alone does not open the account.
 */
@Stateless
@PermitAll
public class PasswordResetService {
  static final Duration VALID_FOR = Duration.ofMinutes(30);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Logger LOG = Logger.getLogger(PasswordResetService.class.getName());

  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject PasswordPolicy passwords;
  @Inject LoginThrottle throttle;
  @Inject AccountAudit audit;
  @Inject HttpServletRequest request;
  @Inject Clock clock;
  @Inject Event<PasswordResetRequested> mails;

  /**
   * Sends a link to the account with this username, or to the one active account with this e-mail
   * address; does nothing else, and says nothing, when there is none.
   *
   * @param resetPage the address of the page that takes the token, e.g. https://host/wachtwoord
   */
  public void request(String usernameOrEmail, String resetPage, Locale locale) {
    String given = usernameOrEmail == null ? "" : usernameOrEmail.strip();
    if (given.isEmpty() || given.length() > 254) {
      throw new InvalidInputException("username", "validation.reset.username");
    }
    String counted = "\u0001reset:" + given.toLowerCase(Locale.ROOT);
    String source = request.getRemoteAddr();
    Optional<Duration> wait = throttle.waitFor(counted, source);
    if (wait.isPresent()) {
      throw new TooManyAttemptsException("username", LoginThrottle.seconds(wait.get()));
    }
    throttle.counted(counted, source); // every request counts: no mail bombing
    Optional<Account> account = find(given);
    if (account.isEmpty() || account.get().email() == null) {
      return;
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    account.get().startPasswordReset(Sha256.hex(token), clock.instant().plus(VALID_FOR));
    mails.fire(
        new PasswordResetRequested(
            account.get().email(),
            account.get().username(),
            resetPage + "?token=" + token,
            VALID_FOR.toMinutes(),
            locale));
    LOG.info(() -> "Password reset link sent for account " + account.get().id());
  }

  /** Sets the new password with a token from the mail; the token then no longer works. */
  public void complete(String token, String newPassword) {
    Account account =
        token == null || token.length() > 100
            ? null
            : accounts
                .findByResetToken(Sha256.hex(token))
                .filter(a -> a.isActive() && a.resetTokenValid(Sha256.hex(token), clock.instant()))
                .orElse(null);
    if (account == null) {
      throw new InvalidInputException("token", "validation.reset.token");
    }
    Optional<String> problem =
        passwords.problem(newPassword, account.username(), account.displayName(), account.email());
    if (problem.isPresent()) {
      throw new InvalidInputException(
          "newPassword", problem.get(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
    }
    account.changePasswordHash(hasher.hash(newPassword.toCharArray()), clock.instant());
    account.endPasswordReset();
    audit.bySelf(AccountEvent.Kind.PASSWORD_CHANGED, account);
  }

  private Optional<Account> find(String given) {
    if (!given.contains("@")) {
      return accounts.findByUsername(given.toLowerCase(Locale.ROOT)).filter(Account::isActive);
    }
    List<Account> byEmail = accounts.findActiveByEmail(given);
    return byEmail.size() == 1 ? Optional.of(byEmail.get(0)) : Optional.empty();
  }
}
