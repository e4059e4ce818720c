package nl.spreekkamer.organisation.infrastructure;

import java.util.Locale;

/** Turns a user's search text into a case-insensitive LIKE pattern without wildcards of its own. */
final class SearchText {
  private SearchText() {}

  static String normalise(String text) {
    return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
  }

  static String containsPattern(String normalised) {
    return "%" + normalised.replace("%", "").replace("_", "") + "%";
  }
}
