package nl.spreekkamer.organisation.domain;

import java.util.Locale;
import java.util.Objects;
import nl.spreekkamer.platform.errors.InvalidInputException;

/** The CBS code of a gemeente: {@code GM} followed by four digits, e.g. GM0363. */
public record CbsCode(String value) {
  public static final String FIELD = "cbsCode";

  public CbsCode {
    Objects.requireNonNull(value);
    if (!value.matches("GM\\d{4}") || value.equals("GM0000")) {
      throw new InvalidInputException(FIELD, "validation.cbs.format");
    }
  }

  /** Parses user input; case and surrounding spaces are ignored. */
  public static CbsCode parse(String raw) {
    return new CbsCode(raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
