package nl.spreekkamer.organisation.domain;

import java.util.Set;
import nl.spreekkamer.platform.security.Role;

/**
 * The mails a person may turn off in their profile. Mails about their own work that they asked for
 * (a new password) or that the practice needs (a step of its referral) cannot be turned off.
 */
public enum MailTopic {
  /** A new urgent referral in the gemeente's queue, at once. */
  URGENT_REFERRAL(Set.of(Role.GEMEENTE_INTAKE, Role.GEMEENTE_COORDINATOR)),
  /** Referrals that reach their norm today. */
  NORM_REACHED(Set.of(Role.GEMEENTE_INTAKE, Role.GEMEENTE_COORDINATOR)),
  /** Once a week: practices whose contact at the gemeente is missing, unconfirmed or gone. */
  CONTACT_CHECK(Set.of(Role.GEMEENTE_COORDINATOR)),
  /** A certificate that expires in 90 and in 30 days (one's own, or the team's). */
  ACCREDITATION_EXPIRY(Set.of(Role.HUISARTS, Role.POH, Role.ASSISTENT, Role.PRAKTIJKMANAGER));

  private final Set<Role> roles;

  MailTopic(Set<Role> roles) {
    this.roles = roles;
  }

  /** Whether someone with {@code held} roles gets this mail at all. */
  public boolean concerns(Set<Role> held) {
    return held.stream().anyMatch(roles::contains);
  }
}
