package nl.spreekkamer.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Supplier;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountEvent;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.organisation.domain.BigNumber;
import nl.spreekkamer.organisation.domain.Membership;
import nl.spreekkamer.organisation.domain.PeRegister;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.Choices;
import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.errors.Versions;
import nl.spreekkamer.platform.errors.Violations;
import nl.spreekkamer.platform.security.PasswordHasher;

/**
 * Creates and edits accounts for both beheer and practice managers, so the rules (unique username,
 * valid registration numbers, one-time password) live in one place. Runs inside the caller's
 * transaction.
 */
@ApplicationScoped
class AccountWriter {
  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;
  @Inject AccountAudit audit;

  NewAccount create(AccountData data, Supplier<Membership> memberships) {
    Checks.body(data);
    Violations violations = new Violations();
    String username = violations.check(() -> Account.normaliseUsername(data.username()));
    Membership membership = violations.check(memberships);
    checkDetails(violations, data);
    violations.throwIfAny();
    if (accounts.findByUsername(username).isPresent()) {
      throw new ConflictException("username", "conflict.username", username);
    }
    String password = InitialPasswords.generate();
    Account account =
        new Account(
            username,
            data.displayName(),
            data.email(),
            hasher.hash(password.toCharArray()),
            membership);
    account.requirePasswordChange();
    registrations(account, data);
    accounts.add(account);
    audit.account(AccountEvent.Kind.ACCOUNT_CREATED, account);
    return new NewAccount(view(account), password);
  }

  AccountView update(Account account, AccountData data, Supplier<Membership> memberships) {
    Checks.body(data);
    Versions.require(data.version(), account.version());
    Violations violations = new Violations();
    Membership membership = violations.check(memberships);
    checkDetails(violations, data);
    violations.throwIfAny();
    account.changeContact(data.displayName(), data.email());
    account.assign(membership);
    registrations(account, data);
    audit.account(AccountEvent.Kind.ACCOUNT_CHANGED, account);
    return view(account);
  }

  String resetPassword(Account account) {
    String password = InitialPasswords.generate();
    account.changePasswordHash(hasher.hash(password.toCharArray()), clock.instant());
    account.requirePasswordChange();
    account.activate();
    audit.account(AccountEvent.Kind.PASSWORD_RESET, account);
    return password;
  }

  AccountView view(Account account) {
    return AccountView.of(account);
  }

  private static void checkDetails(Violations violations, AccountData data) {
    checkDetails(
        violations,
        data.displayName(),
        data.email(),
        data.bigNumber(),
        data.registerNumber(),
        data.peRegister(),
        data.kabizNumber());
  }

  /** Every check of a person's own details, so that all refused ones are reported at once. */
  static void checkDetails(
      Violations violations,
      String displayName,
      String email,
      String bigNumber,
      String registerNumber,
      String peRegister,
      String kabizNumber) {
    Account.checkDetails(violations, displayName, email, registerNumber, kabizNumber);
    violations.check(() -> BigNumber.parseOptional(bigNumber));
    violations.check(() -> Choices.optional("peRegister", peRegister, PeRegister.class));
  }

  private static void registrations(Account account, AccountData data) {
    account.changeRegistrations(
        BigNumber.parseOptional(data.bigNumber()),
        data.registerNumber(),
        Choices.optional("peRegister", data.peRegister(), PeRegister.class),
        data.kabizNumber());
  }
}
