package nl.spreekkamer.openers.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A conversation opener or ice-breaker: what to say, a follow-up question, why it works, and when
 * to use it (signals, settings, phase). Written by the redactie in {@code content/openers}.
 */
public record Opener(
    String id,
    String text,
    String followUp,
    String why,
    List<Signal> signals,
    List<Setting> settings,
    Phase phase,
    String source) {
  public static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{2,59}";

  public Opener {
    Objects.requireNonNull(id);
    if (!id.matches(ID_PATTERN)) {
      throw new IllegalArgumentException(
          "id '" + id + "': kleine letters, cijfers en streepjes, 3-60 tekens");
    }
    Objects.requireNonNull(text);
    Objects.requireNonNull(followUp);
    Objects.requireNonNull(why);
    signals = List.copyOf(signals);
    settings = List.copyOf(settings);
    Objects.requireNonNull(phase);
  }

  /** Whether this opener fits every given criterion; {@code null} criteria match everything. */
  public boolean matches(Signal signal, Setting setting, Phase phase, String words) {
    return (signal == null || signals.contains(signal))
        && (setting == null || settings.contains(setting))
        && (phase == null || this.phase == phase)
        && (words == null || words.isBlank() || contains(words));
  }

  private boolean contains(String words) {
    String haystack = (text + " " + followUp + " " + why).toLowerCase(Locale.ROOT);
    for (String word : words.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!word.isEmpty() && !haystack.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
