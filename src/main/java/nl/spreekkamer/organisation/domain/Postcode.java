package nl.spreekkamer.organisation.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import nl.spreekkamer.platform.errors.InvalidInputException;

/**
 * A Dutch postcode, stored as {@code 1234 AB}: four digits not starting with 0 and two letters,
 * where PostNL does not use the letter pairs SA, SD and SS.
 */
public record Postcode(String value) {
  public static final String FIELD = "postcode";
  private static final Set<String> UNUSED_LETTERS = Set.of("SA", "SD", "SS");

  public Postcode {
    Objects.requireNonNull(value);
    if (!value.matches("[1-9]\\d{3} [A-Z]{2}") || UNUSED_LETTERS.contains(value.substring(5))) {
      throw new InvalidInputException(FIELD, "validation.postcode.format");
    }
  }

  /** Parses user input such as {@code 1234ab} or {@code 1234 AB}. */
  public static Postcode parse(String raw) {
    String compact = raw == null ? "" : raw.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    if (!compact.matches("\\d{4}[A-Z]{2}")) {
      throw new InvalidInputException(FIELD, "validation.postcode.format");
    }
    return new Postcode(compact.substring(0, 4) + " " + compact.substring(4));
  }

  @Override
  public String toString() {
    return value;
  }
}
