package nl.spreekkamer.platform.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles a Spreekkamer account can hold. A role belongs to one kind of organisation: practice
 * roles need a praktijk, municipal roles a gemeente, platform roles neither.
 */
public enum Role {
  HUISARTS(Scope.PRAKTIJK),
  POH(Scope.PRAKTIJK),
  ASSISTENT(Scope.PRAKTIJK),
  PRAKTIJKMANAGER(Scope.PRAKTIJK),
  GEMEENTE_INTAKE(Scope.GEMEENTE),
  GEMEENTE_COORDINATOR(Scope.GEMEENTE),
  REDACTIE(Scope.PLATFORM),
  BEHEER(Scope.PLATFORM);

  /** The kind of organisation an account with this role belongs to. */
  public enum Scope {
    PRAKTIJK,
    GEMEENTE,
    PLATFORM
  }

  private final Scope scope;

  Role(Scope scope) {
    this.scope = scope;
  }

  public Scope scope() {
    return scope;
  }

  /** Roles a practice manager may hand out within the own team. */
  public static Set<Role> practiceRoles() {
    return EnumSet.of(HUISARTS, POH, ASSISTENT, PRAKTIJKMANAGER);
  }
}
