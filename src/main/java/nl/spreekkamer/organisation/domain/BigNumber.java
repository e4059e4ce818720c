package nl.spreekkamer.organisation.domain;

import java.util.Objects;
import nl.spreekkamer.platform.errors.InvalidInputException;

/**
 * A BIG registration number: 11 digits. Numbers of 9 or 10 digits (leading zeros lost in a
 * spreadsheet) are padded. The first nine digits must pass the 11-test (weights 9 down to 1); the
 * last two are the profession code. See docs/decisions/0004-registration-numbers.md.
 */
public record BigNumber(String value) {
  public static final String FIELD = "bigNumber";

  public BigNumber {
    Objects.requireNonNull(value);
    if (!isValid(value)) {
      throw new InvalidInputException(FIELD, "validation.big.checksum");
    }
  }

  /** Parses user input: spaces and dots are ignored, short numbers are padded with zeros. */
  public static BigNumber parse(String raw) {
    String digits = raw == null ? "" : raw.replaceAll("[\\s.]", "");
    if (!digits.matches("\\d{9,11}")) {
      throw new InvalidInputException(FIELD, "validation.big.format");
    }
    return new BigNumber("0".repeat(11 - digits.length()) + digits);
  }

  /** Parses optional input: blank means no number. */
  public static BigNumber parseOptional(String raw) {
    return raw == null || raw.isBlank() ? null : parse(raw);
  }

  static boolean isValid(String elevenDigits) {
    if (!elevenDigits.matches("\\d{11}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (9 - i) * (elevenDigits.charAt(i) - '0');
    }
    return sum > 0 && sum % 11 == 0;
  }

  @Override
  public String toString() {
    return value;
  }
}
