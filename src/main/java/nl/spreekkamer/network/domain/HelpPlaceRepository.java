package nl.spreekkamer.network.domain;

import java.util.List;
import java.util.Optional;

/** Stores the places of the social map. */
public interface HelpPlaceRepository {
  void add(HelpPlace place);

  Optional<HelpPlace> find(long id);

  /** The gemeente's places in their order; hidden ones only when asked. */
  List<HelpPlace> ofGemeente(long gemeenteId, boolean withHidden);

  /** The highest position in use in the gemeente, or 0. */
  int lastPosition(long gemeenteId);

  /** Writes pending changes now, so an answer carries the stored version. */
  void flush();
}
