package nl.spreekkamer.referral.application;

import java.util.Locale;
import nl.spreekkamer.platform.errors.InvalidInputException;

/** How cards are put on paper: one A6 card per sheet, or four on an A4 sheet to cut. */
public enum CardLayout {
  A6,
  A4;

  public static CardLayout of(String name) {
    if (name == null || name.isBlank()) {
      return A6;
    }
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("layout", "validation.layout");
    }
  }
}
