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

  @Override
  public String toString() {
    return value;
  }
}
