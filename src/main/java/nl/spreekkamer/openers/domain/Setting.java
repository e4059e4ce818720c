package nl.spreekkamer.openers.domain;

/** Where an opener is used. */
public enum Setting {
  CONSULT_HUISARTS,
  CONSULT_POH,
  BALIE,
  TELEFOON
}
