package nl.spreekkamer.platform;

import java.security.SecureRandom;

/**
 * Random codes in Crockford's alphabet (no I, L, O or U), so they can be read out on the phone and
 * typed without confusion: five bits of a secure random source per character.
 */
public final class RandomCodes {
  public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  /** A regular-expression character class for one character of the alphabet. */
  public static final String CHARACTER = "[0-9A-HJKMNP-TV-Z]";

  private static final SecureRandom RANDOM = new SecureRandom();

  private RandomCodes() {}

  /** {@code groups} groups of {@code size} characters after {@code prefix}, joined by hyphens. */
  public static String generate(String prefix, int groups, int size) {
    StringBuilder code = new StringBuilder(prefix);
    for (int g = 0; g < groups; g++) {
      code.append('-').append(plain(size));
    }
    return code.toString();
  }

  /** {@code length} characters without separators. */
  public static String plain(int length) {
    StringBuilder code = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }
}
