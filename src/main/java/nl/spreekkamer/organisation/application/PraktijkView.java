package nl.spreekkamer.organisation.application;

import java.time.LocalDate;
import nl.spreekkamer.organisation.domain.GemeenteContact;
import nl.spreekkamer.organisation.domain.Praktijk;

/** A GP practice as shown to users and API clients. */
public record PraktijkView(
    long id,
    long version,
    String name,
    String agbCode,
    String street,
    String postcode,
    String city,
    Ref gemeente,
    String feedbackEmail,
    ContactView contact) {

  /** The practice's named contact at the gemeente (vaste contactpersoon). */
  public record ContactView(
      String name, String role, String phone, String email, LocalDate verifiedOn) {
    static ContactView of(GemeenteContact c) {
      return new ContactView(c.name(), c.role(), c.phone(), c.email(), c.verifiedOn());
    }
  }

  static PraktijkView of(Praktijk p) {
    return new PraktijkView(
        p.id(),
        p.version(),
        p.name(),
        p.agbCode().value(),
        p.address().street(),
        p.address().postcode().value(),
        p.address().city(),
        new Ref(p.gemeente().id(), p.gemeente().name()),
        p.feedbackEmail(),
        p.contact().map(ContactView::of).orElse(null));
  }
}
