package nl.spreekkamer.print.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.spreekkamer.platform.errors.InvalidInputException;

/**
 * The reference code printed on a referral card, e.g. {@code VK-7KQ4M-2XPA9}: ten random characters
 * from Crockford's alphabet (no I, L, O or U, so it can be read out on the phone), which makes
 * codes hard to guess and collisions negligible at national scale.
 */
public record ReferenceCode(String value) {
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final Pattern FORMAT =
      Pattern.compile("^VK-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$");
  private static final SecureRandom RANDOM = new SecureRandom();

  public ReferenceCode {
    Objects.requireNonNull(value);
    if (!FORMAT.matcher(value).matches()) {
      throw new InvalidInputException("reference", "validation.reference");
    }
  }

  public static ReferenceCode generate() {
    StringBuilder code = new StringBuilder("VK-");
    for (int i = 0; i < 10; i++) {
      if (i == 5) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return new ReferenceCode(code.toString());
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
