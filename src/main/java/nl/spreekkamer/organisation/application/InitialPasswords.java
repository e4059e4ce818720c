package nl.spreekkamer.organisation.application;

import java.security.SecureRandom;

/** Generates one-time passwords that are easy to read aloud: no 0/O or 1/l/I. */
final class InitialPasswords {
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int LENGTH = 14;

  private InitialPasswords() {}

  static String generate() {
    StringBuilder password = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
