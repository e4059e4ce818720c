package nl.spreekkamer.referral.application;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What the card form shows before anything is filled in: who refers, the practice's gemeente, all
 * gemeenten (for a patient who lives elsewhere), and the consent text per language code.
 */
public record CardDefaults(
    String praktijk,
    String referrer,
    long gemeenteId,
    List<GemeenteChoice> gemeenten,
    String consentVersion,
    Map<String, String> consentTexts)
    implements Serializable {

  /** A gemeente to choose. */
  public record GemeenteChoice(long id, String name) implements Serializable {}
}
