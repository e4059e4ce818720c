package nl.spreekkamer.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

class TotpTest {
  /** RFC 6238, appendix B: the SHA-1 secret "12345678901234567890" and its 8-digit codes. */
  private static final String RFC_SECRET =
      new Base32().encodeToString("12345678901234567890".getBytes()).replace("=", "");

  @Test
  void theCodesAreTheOnesOfRfc6238() {
    // the RFC lists 8 digits; apps show the last 6
    assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
    assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
    assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
  }

  @Test
  void oneStepOfDriftIsAcceptedAndAUsedStepNever() {
    Instant now = Instant.parse("2026-12-03T09:00:10Z");
    String secret = Totp.newSecret();
    String previous = Totp.codeAt(secret, now.minusSeconds(30));
    String current = Totp.codeAt(secret, now);
    long step = now.getEpochSecond() / 30;

    assertThat(Totp.matchingStep(secret, current, now, 0)).hasValue(step);
    assertThat(Totp.matchingStep(secret, previous, now, 0)).hasValue(step - 1);
    assertThat(Totp.matchingStep(secret, Totp.codeAt(secret, now.minusSeconds(90)), now, 0))
        .isEmpty();
    assertThat(Totp.matchingStep(secret, current, now, step)).as("replayed").isEmpty();
    assertThat(
            Totp.matchingStep(secret, current.substring(0, 3) + " " + current.substring(3), now, 0))
        .as("a space in the middle, as apps show it")
        .hasValue(step);
    assertThat(Totp.matchingStep(secret, "abcdef", now, 0)).isEmpty();
    assertThat(Totp.matchingStep(secret, null, now, 0)).isEmpty();
  }

  @Test
  void theAddressIsWhatAuthenticatorAppsRead() {
    assertThat(Totp.otpauthUri("Spreekkamer", "j.devries", "ABC"))
        .isEqualTo(
            "otpauth://totp/Spreekkamer:j.devries?secret=ABC&issuer=Spreekkamer"
                + "&algorithm=SHA1&digits=6&period=30");
    assertThat(Totp.newSecret()).matches("[A-Z2-7]{32}");
  }
}
