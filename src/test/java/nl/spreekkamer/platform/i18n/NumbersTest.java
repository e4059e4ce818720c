package nl.spreekkamer.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumbersTest {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  @Test
  void dutchReadersGetADecimalCommaAndTheDecimalsTheFigureHas() {
    assertThat(Numbers.percent(new BigDecimal("72.7"), DUTCH)).isEqualTo("72,7%");
    assertThat(Numbers.percent(new BigDecimal("75.0"), DUTCH)).isEqualTo("75,0%");
    assertThat(Numbers.format(new BigDecimal("12345.5"), DUTCH)).isEqualTo("12345,5");
    assertThat(Numbers.format(new BigDecimal("7"), DUTCH)).isEqualTo("7");
    assertThat(Numbers.percent(new BigDecimal("72.7"), Locale.ENGLISH)).isEqualTo("72.7%");
    assertThat(Numbers.percent(null, DUTCH)).isEmpty();
  }
}
