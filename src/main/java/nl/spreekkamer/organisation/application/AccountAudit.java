package nl.spreekkamer.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountEvent;
import nl.spreekkamer.organisation.domain.AccountEventRepository;

/**
 * Writes the audit trail of accounts and API keys in the transaction of the change itself, so an
 * event is recorded exactly when the change is. Called only from the application services, which
 * check the caller's role first.
 */
@ApplicationScoped
class AccountAudit {
  @Inject AccountEventRepository events;
  @Inject Caller caller;
  @Inject Clock clock;

  void account(AccountEvent.Kind kind, Account account) {
    record(kind, AccountEvent.Subject.ACCOUNT, account.id(), account.username());
  }

  /** Done by the account's own user without a login (a password reset by e-mail). */
  void bySelf(AccountEvent.Kind kind, Account account) {
    events.add(
        new AccountEvent(
            clock.instant(),
            account.id(),
            account.username(),
            kind,
            AccountEvent.Subject.ACCOUNT,
            account.id(),
            account.username()));
  }

  void apiKey(AccountEvent.Kind kind, long keyId, String keyName) {
    record(kind, AccountEvent.Subject.API_KEY, keyId, keyName);
  }

  private void record(AccountEvent.Kind kind, AccountEvent.Subject subject, long id, String name) {
    String label = name.length() <= 120 ? name : name.substring(0, 120);
    events.add(
        new AccountEvent(
            clock.instant(), caller.accountId(), caller.username(), kind, subject, id, label));
  }
}
