package nl.spreekkamer.openers.application;

import java.util.Locale;
import nl.spreekkamer.openers.domain.Phase;
import nl.spreekkamer.openers.domain.Setting;
import nl.spreekkamer.openers.domain.Signal;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.InvalidInputException;

/** What a user looks for: any of signal, setting, phase, words, and optionally only favourites. */
public record OpenerFilter(
    Signal signal, Setting setting, Phase phase, String words, boolean onlyFavourites) {
  public static final OpenerFilter ALL = new OpenerFilter(null, null, null, null, false);

  /** Reads a filter from query parameters; unknown values are refused with the field named. */
  public static OpenerFilter parse(
      String signal, String setting, String phase, String words, boolean onlyFavourites) {
    return new OpenerFilter(
        value("signal", signal, Signal.class),
        value("setting", setting, Setting.class),
        value("phase", phase, Phase.class),
        Checks.optional("q", words, 100),
        onlyFavourites);
  }

  private static <E extends Enum<E>> E value(String field, String raw, Class<E> type) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "validation.choice", raw);
    }
  }
}
