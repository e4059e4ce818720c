package nl.spreekkamer.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.spreekkamer.platform.errors.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A card code as a patient reads it out and a worker types it. */
class ReferenceCodeTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "VK-7KQ4M-2XPA9",
        "vk-7kq4m-2xpa9",
        " VK 7KQ4M 2XPA9 ",
        "7KQ4M2XPA9",
        "vk.7kq4m.2xpa9",
        "VK7KQ4M2XPA9"
      })
  void readsTheCodeHoweverItIsTyped(String typed) {
    assertThat(ReferenceCode.read("cardCode", typed).value()).isEqualTo("VK-7KQ4M-2XPA9");
  }

  @ParameterizedTest
  @ValueSource(strings = {"VK-O0I1L-2XPA9", "vk-00111-2xpa9"})
  void readsLettersThatLookLikeDigitsAsDigits(String typed) {
    assertThat(ReferenceCode.read("cardCode", typed).value()).isEqualTo("VK-00111-2XPA9");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"12345", "VK-7KQ4M-2XPA", "VK-7KQ4M-2XPAU", "VK-7KQ4M-2XPA99", "<b>x</b>"})
  void refusesWhatIsNoCardCodeAtTheField(String typed) {
    assertThatThrownBy(() -> ReferenceCode.read("cardCode", typed))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("cardCode"));
  }
}
