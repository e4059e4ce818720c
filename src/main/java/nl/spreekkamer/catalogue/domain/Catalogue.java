package nl.spreekkamer.catalogue.domain;

import java.util.List;
import java.util.Optional;

/** The items in the catalogue, in the order the redactie put them. */
public interface Catalogue {
  List<CatalogueItem> all();

  Optional<CatalogueItem> find(String id);
}
