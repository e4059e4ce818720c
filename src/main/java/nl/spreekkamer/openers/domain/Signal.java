package nl.spreekkamer.openers.domain;

/**
 * A signal that can point to money worries, as seen at the desk, on the phone or in the consult.
 */
public enum Signal {
  SLECHT_SLAPEN,
  HOOFDPIJN,
  BUIK_RUGKLACHTEN,
  HARTKLOPPINGEN,
  MEDICATIE_NIET_OPGEHAALD,
  VERWIJZING_GEMIST,
  VAAK_OP_SPREEKUUR,
  POST_ONGEOPEND,
  LEVENSGEBEURTENIS,
  KLACHTEN_KINDEREN,
  ZORGPREMIE_ONBETAALD,
  ALGEMEEN
}
