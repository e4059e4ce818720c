package nl.spreekkamer.organisation.domain;

import java.util.EnumSet;
import java.util.Set;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.security.Role;

/**
 * Roles together with the organisation they apply to. Practice roles need a praktijk, municipal
 * roles a gemeente, platform roles neither; roles of different kinds never mix.
 */
public record Membership(Set<Role> roles, Praktijk praktijk, Gemeente gemeente) {
  public Membership {
    if (roles == null || roles.isEmpty()) {
      throw new InvalidInputException("roles", "validation.roles.empty");
    }
    roles = Set.copyOf(EnumSet.copyOf(roles));
    Role.Scope scope = roles.iterator().next().scope();
    if (roles.stream().anyMatch(r -> r.scope() != scope)) {
      throw new InvalidInputException("roles", "validation.roles.mixed");
    }
    switch (scope) {
      case PRAKTIJK -> {
        if (praktijk == null) {
          throw new InvalidInputException("praktijkId", "validation.membership.praktijk");
        }
        gemeente = null;
      }
      case GEMEENTE -> {
        if (gemeente == null) {
          throw new InvalidInputException("gemeenteId", "validation.membership.gemeente");
        }
        praktijk = null;
      }
      case PLATFORM -> {
        praktijk = null;
        gemeente = null;
      }
    }
  }

  public static Membership ofPraktijk(Praktijk praktijk, Set<Role> roles) {
    return new Membership(roles, praktijk, null);
  }

  public static Membership ofGemeente(Gemeente gemeente, Set<Role> roles) {
    return new Membership(roles, null, gemeente);
  }

  public static Membership ofPlatform(Set<Role> roles) {
    return new Membership(roles, null, null);
  }
}
