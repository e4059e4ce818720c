package nl.spreekkamer.catalogue.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores and finds shipments. */
public interface ShipmentRepository {
  Optional<Shipment> find(long id);

  List<Shipment> findByKit(long kitId);

  /** The ids of the practices that have (had) this kit, cancelled shipments not counted. */
  Set<Long> praktijkenWithKit(long kitId);

  /** A practice's shipments, newest first. */
  List<Shipment> findByPraktijk(long praktijkId);

  /** A page of the gemeente's shipments, newest first; all statuses when {@code status} is null. */
  List<Shipment> findByGemeente(long gemeenteId, ShipmentStatus status, int first, int max);

  long countByGemeente(long gemeenteId, ShipmentStatus status);

  void addAll(List<Shipment> shipments);
}
