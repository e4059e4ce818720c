package nl.spreekkamer.catalogue.domain;

import java.util.List;
import java.util.Optional;

/** Stores and finds kits. */
public interface KitRepository {
  Optional<Kit> find(long id);

  /** The gemeente's kits, newest first. */
  List<Kit> findByGemeente(long gemeenteId);

  void add(Kit kit);

  void remove(Kit kit);
}
