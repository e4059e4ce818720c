package nl.spreekkamer.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.spreekkamer.platform.errors.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BigNumberTest {
  @Test
  void acceptsANumberWhoseFirstNineDigitsPassTheElevenTest() {
    // 9*1 + 8*2 + 7*3 + 6*4 + 5*5 + 4*6 + 3*7 + 2*8 + 1*9 = 165 = 15 * 11
    assertThat(BigNumber.parse("12345678901").value()).isEqualTo("12345678901");
  }

  @Test
  void padsNumbersThatLostTheirLeadingZeros() {
    // 00100000401: 7*1 + 1*4 = 11
    assertThat(BigNumber.parse("100000401").value()).isEqualTo("00100000401");
    assertThat(BigNumber.parse("0100000401").value()).isEqualTo("00100000401");
  }

  @Test
  void ignoresSpacesAndDots() {
    assertThat(BigNumber.parse(" 1234 5678 9.01 ").value()).isEqualTo("12345678901");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1234", "123456789012", "1234567890a", "12-345678901"})
  void refusesWrongShapes(String raw) {
    assertThatThrownBy(() -> BigNumber.parse(raw))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("messageKey", "validation.big.format");
  }

  @Test
  void refusesAFailingChecksumAndAllZeros() {
    assertThatThrownBy(() -> BigNumber.parse("12345678801"))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("messageKey", "validation.big.checksum");
    assertThatThrownBy(() -> BigNumber.parse("00000000001"))
        .hasFieldOrPropertyWithValue("messageKey", "validation.big.checksum");
  }

  @Test
  void blankOptionalInputMeansNoNumber() {
    assertThat(BigNumber.parseOptional("  ")).isNull();
    assertThat(BigNumber.parseOptional(null)).isNull();
  }

  /** Every single-digit typo in a valid number is caught: weights 1-9 never cancel modulo 11. */
  @ParameterizedTest
  @MethodSource("validNumbersWithOneDigitChanged")
  void catchesEverySingleDigitTypo(String valid, String typo) {
    assertThat(BigNumber.isValid(valid)).isTrue();
    assertThat(BigNumber.isValid(typo)).isFalse();
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> validNumbersWithOneDigitChanged() {
    Random random = new Random(20261123);
    return IntStream.range(0, 200)
        .mapToObj(i -> validNumber(random))
        .map(
            valid -> {
              int position = random.nextInt(9);
              char original = valid.charAt(position);
              char replacement = (char) ('0' + (original - '0' + 1 + random.nextInt(9)) % 10);
              String typo =
                  valid.substring(0, position) + replacement + valid.substring(position + 1);
              return org.junit.jupiter.params.provider.Arguments.of(valid, typo);
            });
  }

  private static String validNumber(Random random) {
    while (true) {
      StringBuilder digits = new StringBuilder();
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        int d = random.nextInt(10);
        digits.append(d);
        sum += (9 - i) * d;
      }
      if (sum > 0 && sum % 11 == 0) {
        return digits.append(String.format("%02d", random.nextInt(100))).toString();
      }
    }
  }
}
