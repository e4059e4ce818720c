package nl.spreekkamer.catalogue.domain;

/** What the gemeente decided about a practice's request for more copies. */
public enum RestockStatus {
  REQUESTED,
  APPROVED,
  DECLINED
}
