package nl.spreekkamer.organisation.application;

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
    String feedbackEmail) {

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
        p.feedbackEmail());
  }
}
