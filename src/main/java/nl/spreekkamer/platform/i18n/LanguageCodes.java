package nl.spreekkamer.platform.i18n;

import nl.spreekkamer.platform.errors.InvalidInputException;

/** Reads a language code such as {@code nl} or {@code EN} into one of a print's languages. */
public final class LanguageCodes {
  private LanguageCodes() {}

  /** The language named by {@code code}, the fallback when none is given, else a refusal. */
  public static <E extends Enum<E>> E parse(
      String code, Class<E> languages, E fallback, String field, String messageKey) {
    if (code == null || code.isBlank()) {
      return fallback;
    }
    for (E language : languages.getEnumConstants()) {
      if (language.name().equalsIgnoreCase(code.strip())) {
        return language;
      }
    }
    throw new InvalidInputException(field, messageKey);
  }
}
