package nl.spreekkamer.catalogue.domain;

import java.util.List;

/** Stores a gemeente's stock levels. */
public interface StockRepository {
  List<StockLevel> findByGemeente(long gemeenteId);

  /** The gemeente's levels, locked for writing until the transaction ends. */
  List<StockLevel> lockByGemeente(long gemeenteId);

  void add(StockLevel level);
}
