package nl.spreekkamer.organisation.domain;

/** Kinds of place where a first, neutral conversation with the meldpunt can take place. */
public enum LocationType {
  PRAKTIJK,
  HUISBEZOEK,
  BUURTHUIS,
  GEMEENTEHUIS,
  BIBLIOTHEEK,
  TELEFONISCH,
  ANDERS
}
