package nl.spreekkamer.organisation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountEvent;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.organisation.domain.BigNumber;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.GemeenteRepository;
import nl.spreekkamer.organisation.domain.MailTopic;
import nl.spreekkamer.organisation.domain.PeRegister;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.Choices;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.errors.TooManyAttemptsException;
import nl.spreekkamer.platform.errors.Versions;
import nl.spreekkamer.platform.errors.Violations;
import nl.spreekkamer.platform.security.LoginThrottle;
import nl.spreekkamer.platform.security.PasswordHasher;
import nl.spreekkamer.platform.security.PasswordPolicy;

/** Every user sees and edits the own profile and changes the own password. */
@Stateless
@RolesAllowed("**")
public class ProfileService {
  @Inject AccountRepository accounts;
  @Inject GemeenteRepository gemeenten;
  @Inject PasswordHasher hasher;
  @Inject AccountWriter writer;
  @Inject Caller caller;
  @Inject PasswordPolicy passwords;
  @Inject LoginThrottle throttle;
  @Inject HttpServletRequest request;
  @Inject Clock clock;
  @Inject AccountAudit audit;

  public MeView me() {
    if (caller.isSystem()) {
      Gemeente gemeente =
          gemeenten
              .find(caller.gemeenteId())
              .orElseThrow(
                  () -> new ResourceNotFoundException("notFound.gemeente", caller.gemeenteId()));
      return MeView.ofSystem(
          caller.username(), caller.username().substring("api:".length()), gemeente);
    }
    Account account = own();
    return MeView.of(account, writer.view(account));
  }

  public MeView update(ProfileData data) {
    Checks.body(data);
    Account account = own();
    Versions.require(data.version(), account.version());
    Violations violations = new Violations();
    AccountWriter.checkDetails(
        violations,
        data.displayName(),
        data.email(),
        data.bigNumber(),
        data.registerNumber(),
        data.peRegister(),
        data.kabizNumber());
    violations.throwIfAny();
    account.changeContact(data.displayName(), data.email());
    account.changeRegistrations(
        BigNumber.parseOptional(data.bigNumber()),
        data.registerNumber(),
        Choices.optional("peRegister", data.peRegister(), PeRegister.class),
        data.kabizNumber());
    return MeView.of(account, writer.view(account));
  }

  /**
   * Changes the own password. The current password is checked like a login, throttled per username
   * and source, so it cannot be guessed here without limit; the new one must pass the {@link
   * PasswordPolicy}. The caller keeps the session going (the other sessions end).
   */
  public void changePassword(PasswordChange change) {
    if (change == null || change.currentPassword() == null || change.newPassword() == null) {
      throw new InvalidInputException("newPassword", "validation.required");
    }
    Account account = own();
    String source = request.getRemoteAddr();
    String counted = LoginThrottle.passwordChangeOf(account.username());
    Optional<Duration> wait = throttle.waitFor(counted, source);
    if (wait.isPresent()) {
      throw new TooManyAttemptsException("currentPassword", LoginThrottle.seconds(wait.get()));
    }
    if (!hasher.matches(change.currentPassword().toCharArray(), account.passwordHash())) {
      throttle.failed(counted, source);
      throttle.failed(account.username(), source); // and it slows down logins as well
      throw new InvalidInputException("currentPassword", "validation.password.current");
    }
    String next = change.newPassword();
    if (next.equals(change.currentPassword())) {
      throw new InvalidInputException("newPassword", "validation.password.weak");
    }
    Optional<String> problem =
        passwords.problem(next, account.username(), account.displayName(), account.email());
    if (problem.isPresent()) {
      throw new InvalidInputException(
          "newPassword", problem.get(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
    }
    throttle.succeeded(counted, source);
    account.changePasswordHash(hasher.hash(next.toCharArray()), clock.instant());
    audit.account(AccountEvent.Kind.PASSWORD_CHANGED, account);
  }

  /** The own mail settings. */
  public MailSettings mailSettings() {
    return mailSettingsOf(own());
  }

  /** Changes the language of the own mails and which optional mails come. */
  public MailSettings changeMailSettings(MailSettings change) {
    Checks.body(change);
    Account account = own();
    String language = change.language() == null ? "" : change.language().strip();
    if (!language.equals("nl") && !language.equals("en")) {
      throw new InvalidInputException("language", "validation.mail.language");
    }
    Set<MailTopic> off =
        Choices.set("off", change.off(), MailTopic.class, EnumSet.noneOf(MailTopic.class));
    for (MailTopic topic : off) {
      if (!topic.concerns(account.roles())) {
        throw new InvalidInputException("off", "validation.mail.topic", topic.name());
      }
    }
    account.changeMailSettings(Locale.forLanguageTag(language), off);
    return mailSettingsOf(account);
  }

  private static MailSettings mailSettingsOf(Account account) {
    return new MailSettings(
        account.mailLocale().getLanguage(),
        Arrays.stream(MailTopic.values()).filter(t -> t.concerns(account.roles())).toList(),
        account.mailOff().stream().map(Enum::name).toList());
  }

  private Account own() {
    return accounts
        .find(caller.accountId())
        .orElseThrow(() -> new ResourceNotFoundException("notFound.account", caller.accountId()));
  }

  /** The gemeente whose meldpunt this user refers to: their own, or their practice's. */
  static Gemeente gemeenteOf(Account account) {
    if (account.gemeente() != null) {
      return account.gemeente();
    }
    return account.praktijk() == null ? null : account.praktijk().gemeente();
  }
}
