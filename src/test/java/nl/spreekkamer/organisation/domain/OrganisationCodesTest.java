package nl.spreekkamer.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.spreekkamer.platform.errors.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The identifiers of organisations: AGB code, postcode and CBS code. */
class OrganisationCodesTest {
  @ParameterizedTest
  @CsvSource({"01099001,01099001", "0109 9001,01099001", "01-099001,01099001"})
  void agbCodesAreEightDigits(String raw, String expected) {
    assertThat(AgbCode.parse(raw).value()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1234567", "123456789", "0109900A"})
  void refusesOtherAgbCodes(String raw) {
    assertThatThrownBy(() -> AgbCode.parse(raw))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("field", "agbCode");
  }

  @ParameterizedTest
  @CsvSource({"1234ab,1234 AB", "1234 AB,1234 AB", " 9501  bc ,9501 BC"})
  void postcodesAreNormalised(String raw, String expected) {
    assertThat(Postcode.parse(raw).value()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "0123 AB", "123 AB", "12345 AB", "1234 A", "1234 SS", "1234 sa", "1234 SD"})
  void refusesPostcodesThatCannotExist(String raw) {
    assertThatThrownBy(() -> Postcode.parse(raw))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("messageKey", "validation.postcode.format");
  }

  @ParameterizedTest
  @CsvSource({"GM0363,GM0363", "gm0363,GM0363", " GM9901 ,GM9901"})
  void cbsCodesAreGmAndFourDigits(String raw, String expected) {
    assertThat(CbsCode.parse(raw).value()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0363", "GM363", "GM03631", "PV0363", "GM0000"})
  void refusesOtherCbsCodes(String raw) {
    assertThatThrownBy(() -> CbsCode.parse(raw))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("field", "cbsCode");
  }
}
