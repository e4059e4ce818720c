package nl.spreekkamer.referral.domain;

import java.util.Map;
import java.util.Objects;

/** The exact consent text printed on a card, per language, with its version. */
public record ConsentText(String version, Map<CardLanguage, String> texts) {
  public ConsentText {
    Objects.requireNonNull(version);
    texts = Map.copyOf(texts);
  }

  public String in(CardLanguage language) {
    return texts.get(language);
  }
}
