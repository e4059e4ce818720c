package nl.spreekkamer.catalogue.domain;

import java.util.List;
import java.util.Optional;

/** Stores and finds re-stock requests. */
public interface RestockRepository {
  Optional<RestockRequest> find(long id);

  /** The gemeente's requests, open ones first, then newest first. */
  List<RestockRequest> findByGemeente(long gemeenteId);

  List<RestockRequest> findByPraktijk(long praktijkId);

  void add(RestockRequest request);
}
