package nl.spreekkamer.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChoicesTest {
  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void noChoiceIsAskedForInPlainWordsNotReportedAsAnUnknownValue(String name) {
    assertThatThrownBy(() -> Choices.one("status", name, DayOfWeek.class))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("validation.choice.missing");
  }

  @Test
  void anUnknownValueIsNamed() {
    assertThatThrownBy(() -> Choices.one("status", "someday", DayOfWeek.class))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("validation.choice");
    assertThat(Choices.one("status", " monday ", DayOfWeek.class)).isEqualTo(DayOfWeek.MONDAY);
    assertThat(Choices.optional("status", "", DayOfWeek.class)).isNull();
  }
}
