package nl.spreekkamer.organisation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountEvent;
import nl.spreekkamer.organisation.domain.AccountFilter;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.organisation.domain.GemeenteRepository;
import nl.spreekkamer.organisation.domain.Membership;
import nl.spreekkamer.organisation.domain.PraktijkRepository;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.paging.Page;
import nl.spreekkamer.platform.security.Role;
import nl.spreekkamer.platform.security.Roles;

/** Beheer manages every account: create, edit, deactivate, reset a password. */
@Stateless
@RolesAllowed(Roles.BEHEER)
public class AccountService {
  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

  @Inject AccountRepository accounts;
  @Inject PraktijkRepository praktijken;
  @Inject GemeenteRepository gemeenten;
  @Inject AccountWriter writer;
  @Inject Caller caller;
  @Inject AccountAudit audit;

  public Page<AccountView> search(String text, Integer first, Integer max) {
    return search(text, AccountFilter.ALL, first, max);
  }

  public Page<AccountView> search(String text, AccountFilter filter, Integer first, Integer max) {
    int[] page = Page.bounds(first, max);
    return new Page<>(
        accounts.search(text, filter, page[0], page[1]).stream().map(writer::view).toList(),
        accounts.countSearch(text, filter),
        page[0],
        page[1]);
  }

  /** How many accounts are in {@code filter}: the counts on beheer's home page. */
  public long count(AccountFilter filter) {
    return accounts.countSearch(null, filter);
  }

  public AccountView get(long id) {
    return writer.view(find(id));
  }

  public NewAccount create(AccountData data) {
    return writer.create(data, () -> membership(data));
  }

  public AccountView update(long id, AccountData data) {
    Account account = find(id);
    if (account.id() == caller.accountId() && data != null && !containsBeheer(data)) {
      throw new ConflictException("roles", "conflict.ownBeheer");
    }
    return writer.update(account, data, () -> membership(data));
  }

  public AccountView deactivate(long id) {
    Account account = find(id);
    if (account.id() == caller.accountId()) {
      throw new ConflictException(null, "conflict.deactivateSelf");
    }
    account.deactivate();
    audit.account(AccountEvent.Kind.ACCOUNT_DEACTIVATED, account);
    return writer.view(account);
  }

  public AccountView activate(long id) {
    Account account = find(id);
    account.activate();
    audit.account(AccountEvent.Kind.ACCOUNT_ACTIVATED, account);
    return writer.view(account);
  }

  /** Gives the account a new one-time password, which is returned once. */
  public NewAccount resetPassword(long id) {
    Account account = find(id);
    String password = writer.resetPassword(account);
    return new NewAccount(writer.view(account), password);
  }

  /**
   * Switches two-factor login off for someone who lost the phone and the recovery codes: at the
   * next login they log in with the password and may enrol again. Logged.
   */
  public AccountView resetTwoFactor(long id) {
    Account account = find(id);
    account.disableTwoFactor();
    audit.account(AccountEvent.Kind.TWO_FACTOR_RESET, account);
    LOG.info(() -> "Two-factor login of account " + id + " reset by account " + caller.accountId());
    return writer.view(account);
  }

  private static boolean containsBeheer(AccountData data) {
    return data.roles() != null && data.roles().contains(Role.BEHEER);
  }

  private Membership membership(AccountData data) {
    Checks.body(data);
    return new Membership(
        data.roles(),
        data.praktijkId() == null
            ? null
            : praktijken
                .find(data.praktijkId())
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "praktijkId", "notFound.praktijk", data.praktijkId())),
        data.gemeenteId() == null
            ? null
            : gemeenten
                .find(data.gemeenteId())
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "gemeenteId", "notFound.gemeente", data.gemeenteId())));
  }

  private Account find(long id) {
    return accounts
        .find(id)
        .orElseThrow(() -> new ResourceNotFoundException("notFound.account", id));
  }
}
