package nl.spreekkamer.referral.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.spreekkamer.platform.RandomCodes;
import nl.spreekkamer.platform.errors.InvalidInputException;

/**
 * The reference code printed on a referral card, e.g. {@code VK-7KQ4M-2XPA9}: ten random characters
 * from Crockford's alphabet (no I, L, O or U, so it can be read out on the phone), which makes
 * codes hard to guess and collisions negligible at national scale.
 */
public record ReferenceCode(String value) {
  private static final Pattern FORMAT =
      Pattern.compile("^VK-" + RandomCodes.CHARACTER + "{5}-" + RandomCodes.CHARACTER + "{5}$");

  public ReferenceCode {
    Objects.requireNonNull(value);
    if (!FORMAT.matcher(value).matches()) {
      throw new InvalidInputException("reference", "validation.reference");
    }
  }

  public static ReferenceCode generate() {
    return new ReferenceCode(RandomCodes.generate("VK", 2, 5));
  }

  /** Reads a code as typed by a person: case and surrounding spaces do not matter. */
  public static ReferenceCode parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("reference", "validation.required");
    }
    return new ReferenceCode(text.strip().toUpperCase(Locale.ROOT));
  }

  private static final Pattern PLAIN = Pattern.compile(RandomCodes.CHARACTER + "{10}");

  /**
   * Reads a code as a patient reads it out on the phone and a worker types it: case, spaces, dots
   * and dashes do not matter, the prefix VK may be left out, and O, I and L are read as 0, 1 and 1
   * (Crockford's alphabet has none of them). A refusal names {@code field}.
   */
  public static ReferenceCode read(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, "validation.required");
    }
    String plain = text.toUpperCase(Locale.ROOT).replaceAll("[\\s.\\-]", "");
    if (plain.length() == 12 && plain.startsWith("VK")) {
      plain = plain.substring(2);
    }
    plain = plain.replace('O', '0').replace('I', '1').replace('L', '1');
    if (!PLAIN.matcher(plain).matches()) {
      throw new InvalidInputException(field, "validation.reference");
    }
    return new ReferenceCode("VK-" + plain.substring(0, 5) + "-" + plain.substring(5));
  }

  @Override
  public String toString() {
    return value;
  }
}
