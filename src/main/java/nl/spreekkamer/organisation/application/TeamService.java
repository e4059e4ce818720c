package nl.spreekkamer.organisation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountEvent;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.organisation.domain.Membership;
import nl.spreekkamer.organisation.domain.Praktijk;
import nl.spreekkamer.organisation.domain.PraktijkRepository;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.security.Role;
import nl.spreekkamer.platform.security.Roles;

/**
 * A practice manager manages the own practice's team: add members, change their roles and
 * registration numbers, deactivate and reactivate them. Never another practice's team.
 */
@Stateless
@RolesAllowed({Roles.PRAKTIJKMANAGER, Roles.BEHEER})
public class TeamService {
  @Inject AccountRepository accounts;
  @Inject PraktijkRepository praktijken;
  @Inject AccountWriter writer;
  @Inject Caller caller;
  @Inject AccountAudit audit;

  public List<AccountView> team(long praktijkId) {
    caller.requirePraktijk(praktijkId);
    requireExisting(praktijkId);
    return accounts.findByPraktijk(praktijkId).stream().map(writer::view).toList();
  }

  public NewAccount add(long praktijkId, AccountData data) {
    caller.requirePraktijk(praktijkId);
    return writer.create(data, () -> membership(praktijkId, data));
  }

  public AccountView update(long praktijkId, long accountId, AccountData data) {
    Account member = member(praktijkId, accountId);
    if (member.id() == caller.accountId()
        && data != null
        && data.roles() != null
        && !data.roles().contains(Role.PRAKTIJKMANAGER)) {
      throw new ConflictException("roles", "conflict.ownManager");
    }
    return writer.update(member, data, () -> membership(praktijkId, data));
  }

  public AccountView deactivate(long praktijkId, long accountId) {
    Account member = member(praktijkId, accountId);
    if (member.id() == caller.accountId()) {
      throw new ConflictException(null, "conflict.deactivateSelf");
    }
    member.deactivate();
    audit.account(AccountEvent.Kind.ACCOUNT_DEACTIVATED, member);
    return writer.view(member);
  }

  public AccountView activate(long praktijkId, long accountId) {
    Account member = member(praktijkId, accountId);
    member.activate();
    audit.account(AccountEvent.Kind.ACCOUNT_ACTIVATED, member);
    return writer.view(member);
  }

  private Membership membership(long praktijkId, AccountData data) {
    Checks.body(data);
    Set<Role> roles = data.roles() == null ? Set.of() : Set.copyOf(data.roles());
    if (!Role.practiceRoles().containsAll(roles)) {
      throw new InvalidInputException("roles", "validation.roles.practiceOnly");
    }
    Praktijk praktijk =
        praktijken
            .find(praktijkId)
            .orElseThrow(() -> new ResourceNotFoundException("notFound.praktijk", praktijkId));
    return Membership.ofPraktijk(praktijk, roles);
  }

  private Account member(long praktijkId, long accountId) {
    caller.requirePraktijk(praktijkId);
    return accounts
        .find(accountId)
        .filter(a -> a.praktijk() != null && a.praktijk().id() == praktijkId)
        .orElseThrow(() -> new ResourceNotFoundException("notFound.account", accountId));
  }

  /** Beheer may ask for any practice; one that does not exist is a 404, not an empty team. */
  private void requireExisting(long praktijkId) {
    if (praktijken.find(praktijkId).isEmpty()) {
      throw new ResourceNotFoundException("notFound.praktijk", praktijkId);
    }
  }
}
