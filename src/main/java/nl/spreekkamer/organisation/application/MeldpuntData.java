package nl.spreekkamer.organisation.application;

import nl.spreekkamer.organisation.domain.Address;
import nl.spreekkamer.organisation.domain.Meldpunt;
import nl.spreekkamer.platform.errors.Violations;

/** The meldpunt's contact details, in and out of the API and the pages. */
public record MeldpuntData(
    String name,
    String phone,
    String email,
    String street,
    String postcode,
    String city,
    String openingHours,
    String website) {

  public static MeldpuntData of(Meldpunt m) {
    Address a = m.address();
    return new MeldpuntData(
        m.name(),
        m.phone(),
        m.email(),
        a.street(),
        a.postcode().value(),
        a.city(),
        m.openingHours(),
        m.website());
  }

  /** The meldpunt, or {@code null} with every refused detail kept in {@code violations}. */
  Meldpunt toDomain(Violations violations) {
    return Meldpunt.of(
        violations,
        name,
        phone,
        email,
        Address.of(violations, street, postcode, city),
        openingHours,
        website);
  }
}
