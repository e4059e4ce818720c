package nl.spreekkamer.organisation.application;

import nl.spreekkamer.organisation.domain.Address;
import nl.spreekkamer.organisation.domain.Meldpunt;
import nl.spreekkamer.organisation.domain.Postcode;

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

  Meldpunt toDomain() {
    return new Meldpunt(
        name,
        phone,
        email,
        new Address(street, Postcode.parse(postcode), city),
        openingHours,
        website);
  }
}
