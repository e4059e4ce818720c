package nl.spreekkamer.referral.domain;

import java.util.Objects;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.Praktijk;

/** Who refers: the practice and the employee, and the gemeente whose meldpunt is on the card. */
public record CardOrigin(Praktijk praktijk, String referrer, Gemeente gemeente) {
  public CardOrigin {
    Objects.requireNonNull(praktijk);
    Objects.requireNonNull(referrer);
    Objects.requireNonNull(gemeente);
  }
}
