package nl.spreekkamer.openers.domain;

/** The step of the conversation an opener belongs to, in the order they usually come. */
public enum Phase {
  OPENEN,
  VERKENNEN,
  NORMALISEREN,
  TOESTEMMING_VRAGEN,
  HULP_AANBIEDEN,
  VERWIJZEN
}
