package nl.spreekkamer.catalogue.domain;

import java.util.Locale;
import nl.spreekkamer.platform.i18n.LanguageCodes;

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
    return LanguageCodes.parse(code, PlateLanguage.class, NL, "lang", "validation.plateLanguage");
  }
}
