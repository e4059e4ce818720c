package nl.spreekkamer.organisation.application;

import java.util.Set;
import nl.spreekkamer.platform.security.Role;

/**
 * What beheer or a practice manager enters for an account. A practice manager's {@code praktijkId}
 * and {@code gemeenteId} are ignored: the team is always their own practice.
 */
public record AccountData(
    String username,
    String displayName,
    String email,
    Set<Role> roles,
    Long praktijkId,
    Long gemeenteId,
    String bigNumber,
    String registerNumber,
    String peRegister,
    String kabizNumber,
    Long version) {}
