package nl.spreekkamer.catalogue.domain;

/** Where a shipment to a practice is. */
public enum ShipmentStatus {
  PLANNED,
  SENT,
  RECEIVED,
  CANCELLED
}
