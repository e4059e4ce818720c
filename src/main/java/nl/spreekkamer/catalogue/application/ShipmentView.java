package nl.spreekkamer.catalogue.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import nl.spreekkamer.catalogue.domain.ShipmentStatus;

/** A shipment to a practice, with what is in it. */
public record ShipmentView(
    long id,
    long version,
    Long kitId,
    String title,
    long praktijkId,
    String praktijk,
    ShipmentStatus status,
    List<KitLineView> lines,
    Instant plannedAt,
    Instant sentAt,
    Instant receivedAt)
    implements Serializable {

  /** Whether the practice can still confirm it: planned or sent, not received or cancelled. */
  public boolean toConfirm() {
    return status == ShipmentStatus.PLANNED || status == ShipmentStatus.SENT;
  }
}
