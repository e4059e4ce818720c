package nl.spreekkamer.platform.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238) as every authenticator app makes them: HMAC-SHA1, 30
 * second steps, 6 digits, a 160-bit secret shared once as Base32 in an {@code otpauth://} address.
 * One step of clock drift either way is accepted, and a step once used is never accepted again.
 */
public final class Totp {
  static final Duration STEP = Duration.ofSeconds(30);
  static final int DIGITS = 6;
  private static final int SECRET_BYTES = 20;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base32 BASE32 = new Base32();

  private Totp() {}

  /** A new random secret, in Base32 without padding (what the apps expect). */
  public static String newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return BASE32.encodeToString(secret).replace("=", "");
  }

  /** The address an authenticator app reads from a QR code. */
  public static String otpauthUri(String issuer, String account, String secret) {
    String label = encode(issuer) + ":" + encode(account);
    return "otpauth://totp/"
        + label
        + "?secret="
        + secret
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + STEP.toSeconds();
  }

  /**
   * The time step the code belongs to, when it is right for {@code now} (one step either way) and
   * later than {@code lastUsedStep}; empty otherwise.
   */
  public static OptionalLong matchingStep(
      String secret, String code, Instant now, long lastUsedStep) {
    if (secret == null || code == null) {
      return OptionalLong.empty();
    }
    String digits = code.replaceAll("[\\s-]", "");
    if (!digits.matches("\\d{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    int given = Integer.parseInt(digits);
    long current = now.getEpochSecond() / STEP.toSeconds();
    SecretKeySpec key = new SecretKeySpec(BASE32.decode(secret), "HmacSHA1");
    for (long step = current - 1; step <= current + 1; step++) {
      if (step > lastUsedStep && code(key, step) == given) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  /** The code for a moment, as an app shows it (for tests and the enrolment check). */
  public static String codeAt(String secret, Instant when) {
    SecretKeySpec key = new SecretKeySpec(BASE32.decode(secret), "HmacSHA1");
    return String.format(Locale.ROOT, "%06d", code(key, when.getEpochSecond() / STEP.toSeconds()));
  }

  private static int code(SecretKeySpec key, long step) {
    try {
      return new TimeBasedOneTimePasswordGenerator(STEP, DIGITS)
          .generateOneTimePassword(key, Instant.ofEpochSecond(step * STEP.toSeconds()));
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("Invalid TOTP secret", e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
