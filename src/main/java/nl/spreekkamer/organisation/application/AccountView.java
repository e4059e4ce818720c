package nl.spreekkamer.organisation.application;

import java.time.Instant;
import java.util.Set;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.platform.security.Role;

/**
 * An account as shown to beheer, the practice manager and the user. Never the password hash. {@code
 * failedLogins} counts the failed logins since the last successful one.
 */
public record AccountView(
    long id,
    long version,
    String username,
    String displayName,
    String email,
    Set<Role> roles,
    Ref praktijk,
    Ref gemeente,
    String bigNumber,
    String registerNumber,
    String peRegister,
    String kabizNumber,
    boolean active,
    int failedLogins,
    Instant lastFailedLogin,
    Instant lastLogin,
    boolean twoFactor) {

  static AccountView of(Account a) {
    return new AccountView(
        a.id(),
        a.version(),
        a.username(),
        a.displayName(),
        a.email(),
        a.roles(),
        a.praktijk() == null ? null : new Ref(a.praktijk().id(), a.praktijk().name()),
        a.gemeente() == null ? null : new Ref(a.gemeente().id(), a.gemeente().name()),
        a.bigNumber() == null ? null : a.bigNumber().value(),
        a.registerNumber(),
        a.peRegister() == null ? null : a.peRegister().name(),
        a.kabizNumber(),
        a.isActive(),
        a.failedLogins(),
        a.lastFailedLogin(),
        a.lastLogin(),
        a.twoFactorEnabled());
  }
}
