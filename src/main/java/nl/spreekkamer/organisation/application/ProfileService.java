package nl.spreekkamer.organisation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.organisation.domain.BigNumber;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.PeRegister;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.Choices;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.errors.Versions;
import nl.spreekkamer.platform.security.PasswordHasher;

/** Every user sees and edits the own profile and changes the own password. */
@Stateless
@RolesAllowed("**")
public class ProfileService {
  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject AccountWriter writer;
  @Inject Caller caller;

  public MeView me() {
    Account account = own();
    return MeView.of(account, writer.view(account));
  }

  public MeView update(ProfileData data) {
    Checks.body(data);
    Account account = own();
    Versions.require(data.version(), account.version());
    account.changeContact(data.displayName(), data.email());
    account.changeRegistrations(
        BigNumber.parseOptional(data.bigNumber()),
        data.registerNumber(),
        Choices.optional("peRegister", data.peRegister(), PeRegister.class),
        data.kabizNumber());
    return MeView.of(account, writer.view(account));
  }

  public void changePassword(PasswordChange change) {
    if (change == null || change.currentPassword() == null || change.newPassword() == null) {
      throw new InvalidInputException("newPassword", "validation.required");
    }
    Account account = own();
    if (!hasher.matches(change.currentPassword().toCharArray(), account.passwordHash())) {
      throw new InvalidInputException("currentPassword", "validation.password.current");
    }
    String next = change.newPassword();
    if (next.length() < PasswordHasher.MIN_LENGTH || next.length() > 200) {
      throw new InvalidInputException(
          "newPassword", "validation.password.length", PasswordHasher.MIN_LENGTH);
    }
    if (next.equals(change.currentPassword()) || next.equalsIgnoreCase(account.username())) {
      throw new InvalidInputException("newPassword", "validation.password.weak");
    }
    account.changePasswordHash(hasher.hash(next.toCharArray()));
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
