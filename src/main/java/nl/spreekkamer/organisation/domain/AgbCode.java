package nl.spreekkamer.organisation.domain;

import java.util.Objects;
import nl.spreekkamer.platform.errors.InvalidInputException;

/** The AGB code (Vektis) of a GP practice: exactly eight digits. */
public record AgbCode(String value) {
  public static final String FIELD = "agbCode";

  public AgbCode {
    Objects.requireNonNull(value);
    if (!value.matches("\\d{8}")) {
      throw new InvalidInputException(FIELD, "validation.agb.format");
    }
  }

  /** Parses user input; spaces and dashes are ignored. */
  public static AgbCode parse(String raw) {
    return new AgbCode(raw == null ? "" : raw.replaceAll("[\\s-]", ""));
  }

  @Override
  public String toString() {
    return value;
  }
}
