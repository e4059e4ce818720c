package nl.spreekkamer.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
  private final PasswordPolicy policy = new PasswordPolicy();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "aaaaaaaaaa",
        "1234567890",
        "wachtwoord1",
        "          ",
        "Welkom2026!",
        "qwertyuiop",
        "password123",
        "Geheim12345",
        "abababababab"
      })
  void commonAndSimplePasswordsAreRefused(String password) {
    assertThat(policy.problem(password, "j.devries", "Jan de Vries"))
        .as(password)
        .get()
        .isIn("validation.password.common", "validation.password.simple");
  }

  @Test
  void shortAndOverlongPasswordsAreRefused() {
    assertThat(policy.problem("Kort!9x")).hasValue("validation.password.length");
    assertThat(policy.problem(null)).hasValue("validation.password.length");
    assertThat(policy.problem("x".repeat(150) + "abcdefghijklmnopqrstuvwxyz".repeat(3)))
        .hasValue("validation.password.tooLong");
  }

  @Test
  void theUsernameTheNameAndThePlatformAreRefusedInside() {
    String[] me = {"j.devries", "Jan de Vries", "jan.devries@praktijk.example"};
    assertThat(policy.problem("Spreekkamer-2026-zomer", me))
        .hasValue("validation.password.personal");
    assertThat(policy.problem("mijn j.devries sleutel", me))
        .hasValue("validation.password.personal");
    assertThat(policy.problem("VRIES en de zee 88", me)).hasValue("validation.password.personal");
    assertThat(policy.problem("jan.devries-blauw-7", me)).hasValue("validation.password.personal");
  }

  @Test
  void aLongSentenceOrARandomPasswordIsFine() {
    String[] me = {"j.devries", "Jan de Vries", "jan.devries@praktijk.example"};
    assertThat(policy.problem("paard batterij nietje correct", me)).isEmpty();
    assertThat(policy.problem("k7Rq-mZ2p-xW9c", me)).isEmpty();
  }

  @Test
  void theListHoldsZxcvbnsPasswordsAndTheDutchOnes() {
    assertThat(policy.listSize()).as("96,000 after lower-casing").isGreaterThan(90_000);
    assertThat(policy.problem("huisartspraktijk")).hasValue("validation.password.common");
  }
}
