package nl.spreekkamer.platform.errors;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads enum values sent as text (any case); an unknown one is refused naming the field. */
public final class Choices {
  private Choices() {}

  /** One value, or {@code null} when none is given. */
  public static <E extends Enum<E>> E optional(String field, String name, Class<E> type) {
    return name == null || name.isBlank() ? null : one(field, name, type);
  }

  /** One required value; none at all is asked for in plain words, not as an unknown value. */
  public static <E extends Enum<E>> E one(String field, String name, Class<E> type) {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException(field, "validation.choice.missing");
    }
    try {
      return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "validation.choice", name);
    }
  }

  /** Several values; {@code whenMissing} when the list is absent. */
  public static <E extends Enum<E>> Set<E> set(
      String field, List<String> names, Class<E> type, Set<E> whenMissing) {
    if (names == null) {
      return whenMissing;
    }
    Set<E> result = EnumSet.noneOf(type);
    for (String name : names) {
      result.add(one(field, name, type));
    }
    return result;
  }
}
