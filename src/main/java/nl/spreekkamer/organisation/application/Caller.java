package nl.spreekkamer.organisation.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.organisation.domain.ApiClient;
import nl.spreekkamer.organisation.domain.ApiClientRepository;
import nl.spreekkamer.platform.errors.AccessDeniedException;
import nl.spreekkamer.platform.security.Role;
import nl.spreekkamer.platform.security.Roles;

/**
 * The logged-in user as an account, for tenant checks in the application services: a user works
 * only with the own practice's or gemeente's data, unless they are beheer.
 */
@RequestScoped
public class Caller {
  @Inject SecurityContext security;
  @Inject AccountRepository accounts;
  @Inject ApiClientRepository apiClients;

  /** The account id recorded for changes made by a case system (no person). */
  public static final long SYSTEM_ACCOUNT = 0L;

  private Long accountId;
  private String username;
  private Long praktijkId;
  private Long gemeenteId;
  private Long servedGemeenteId;

  public String username() {
    load();
    return username;
  }

  public long accountId() {
    load();
    return accountId;
  }

  /** The caller's practice, or {@code null} when they do not belong to one. */
  public Long praktijkId() {
    load();
    return praktijkId;
  }

  /** The caller's gemeente, or {@code null} when they do not belong to one. */
  public Long gemeenteId() {
    load();
    return gemeenteId;
  }

  /**
   * The gemeente whose meldpunt and local help the caller works with: the own gemeente of gemeente
   * staff and systems, the practice's gemeente for practice staff; {@code null} for beheer and
   * redactie.
   */
  public Long servedGemeenteId() {
    load();
    return gemeenteId != null ? gemeenteId : servedGemeenteId;
  }

  /** The caller's roles, comma separated, for the audit log. */
  public String roleNames() {
    if (isSystem()) {
      return Roles.GEMEENTE_SYSTEEM;
    }
    return roles().stream().map(Enum::name).collect(java.util.stream.Collectors.joining(","));
  }

  /** The caller's roles as a person (empty for a case system). */
  public Set<Role> roles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (security.isCallerInRole(role.name())) {
        roles.add(role);
      }
    }
    return roles;
  }

  public boolean isBeheer() {
    return security.isCallerInRole(Roles.BEHEER);
  }

  /** Refuses unless the caller is beheer or belongs to this practice. */
  public void requirePraktijk(long id) {
    if (!isBeheer() && (praktijkId() == null || praktijkId() != id)) {
      throw new AccessDeniedException();
    }
  }

  /** Refuses unless the caller is beheer or belongs to this gemeente. */
  public void requireGemeente(long id) {
    if (!isBeheer() && (gemeenteId() == null || gemeenteId() != id)) {
      throw new AccessDeniedException();
    }
  }

  /** Whether the caller is a gemeente's case system with an API key, not a person. */
  public boolean isSystem() {
    return security.isCallerInRole(Roles.GEMEENTE_SYSTEEM);
  }

  private void load() {
    if (accountId != null) {
      return;
    }
    Principal principal = security.getCallerPrincipal();
    if (principal == null) {
      throw new AccessDeniedException();
    }
    if (principal.getName().startsWith(ApiClient.PRINCIPAL_PREFIX)) {
      ApiClient client =
          apiClients
              .find(
                  Long.parseLong(
                      principal.getName().substring(ApiClient.PRINCIPAL_PREFIX.length())))
              .orElseThrow(AccessDeniedException::new);
      accountId = SYSTEM_ACCOUNT;
      username = "api:" + client.name();
      gemeenteId = client.gemeenteId();
      return;
    }
    Account account =
        accounts.findByUsername(principal.getName()).orElseThrow(AccessDeniedException::new);
    accountId = account.id();
    username = account.username();
    praktijkId = account.praktijk() == null ? null : account.praktijk().id();
    servedGemeenteId = account.praktijk() == null ? null : account.praktijk().gemeente().id();
    gemeenteId = account.gemeente() == null ? null : account.gemeente().id();
  }
}
