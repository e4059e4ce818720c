package nl.spreekkamer.referral.domain;

import java.util.Locale;
import nl.spreekkamer.platform.i18n.LanguageCodes;

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
    return LanguageCodes.parse(code, CardLanguage.class, NL, "language", "validation.language");
  }
}
