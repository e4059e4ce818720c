package nl.spreekkamer.print.domain;

import java.util.Locale;
import nl.spreekkamer.platform.errors.InvalidInputException;

/** The languages a referral card is printed in. */
public enum CardLanguage {
  NL,
  EN;

  public Locale locale() {
    return Locale.forLanguageTag(code());
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Dutch when none is given. */
  public static CardLanguage of(String code) {
    if (code == null || code.isBlank()) {
      return NL;
    }
    for (CardLanguage language : values()) {
      if (language.code().equalsIgnoreCase(code.strip())) {
        return language;
      }
    }
    throw new InvalidInputException("language", "validation.language");
  }
}
