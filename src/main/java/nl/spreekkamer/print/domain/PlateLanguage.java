package nl.spreekkamer.print.domain;

import java.util.Locale;
import nl.spreekkamer.platform.errors.InvalidInputException;

/** The languages the talking plate is printed in: the texts live in content/praatplaat/. */
public enum PlateLanguage {
  NL,
  EN,
  TR,
  PL;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Dutch when none is given. */
  public static PlateLanguage of(String code) {
    if (code == null || code.isBlank()) {
      return NL;
    }
    for (PlateLanguage language : values()) {
      if (language.code().equalsIgnoreCase(code.strip())) {
        return language;
      }
    }
    throw new InvalidInputException("lang", "validation.plateLanguage");
  }
}
