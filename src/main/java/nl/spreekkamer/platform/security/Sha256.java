package nl.spreekkamer.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in hex, for long random secrets that are stored only as a hash (recovery codes, reset
 * tokens): they cannot be guessed, so a slow password hash would add nothing.
 */
public final class Sha256 {
  private Sha256() {}

  public static String hex(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
