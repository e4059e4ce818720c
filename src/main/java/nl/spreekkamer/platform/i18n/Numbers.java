package nl.spreekkamer.platform.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as the reader writes them: {@code 72,7} in Dutch, {@code 72.7} in English. */
public final class Numbers {
  private Numbers() {}

  /** The number with the decimals it has, without grouping; empty for none. */
  public static String format(BigDecimal value, Locale locale) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setGroupingUsed(false);
    format.setMinimumFractionDigits(Math.max(0, value.scale()));
    format.setMaximumFractionDigits(Math.max(0, value.scale()));
    return format.format(value);
  }

  /** A percentage, e.g. {@code 72,7%}; empty for none. */
  public static String percent(BigDecimal value, Locale locale) {
    return value == null ? "" : format(value, locale) + "%";
  }
}
