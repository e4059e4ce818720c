package nl.spreekkamer.referral.application;

import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.referral.domain.CardLanguage;

/** A stack of blank personalised cards: how many, in which language, for which gemeente. */
public record StackRequest(Integer count, String language, Long gemeenteId) {
  public static final int MAX_COUNT = 500;

  int checkedCount() {
    if (count == null) {
      throw new InvalidInputException("count", "validation.required");
    }
    return Checks.between("count", count, 1, MAX_COUNT);
  }

  CardLanguage checkedLanguage() {
    return CardLanguage.of(language);
  }
}
