package nl.spreekkamer.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "a\u0000b",
        "a\u0007",
        "\u001b[31m",
        "x\u007f",
        "x\u0085",
        "\uFFFF",
        "a\uD83D",
        "\uDCB8b"
      })
  void controlCharactersAreRefused(String text) {
    assertThat(Checks.hasControlCharacters(text)).isTrue();
    assertThatThrownBy(() -> Checks.optional("naam", text, 100))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("validation.controlCharacters");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Jan de Vries", "regel 1\nregel 2\r\n\tmet tab", "\uD83D\uDCB8 geld", "Ærø ğ ł"})
  void ordinaryTextPasses(String text) {
    assertThat(Checks.hasControlCharacters(text)).isFalse();
    assertThat(Checks.optional("naam", text, 100)).isEqualTo(text.strip());
  }
}
