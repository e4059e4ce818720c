package nl.spreekkamer.organisation.domain;

import java.util.List;
import java.util.Optional;

/** Stores and finds GP practices. */
public interface PraktijkRepository {
  Optional<Praktijk> find(long id);

  Optional<Praktijk> findByAgbCode(AgbCode agbCode);

  List<Praktijk> findByGemeente(long gemeenteId);

  /** A page of practices whose name or place contains {@code text} (all when blank). */
  List<Praktijk> search(String text, Long gemeenteId, int first, int max);

  long countSearch(String text, Long gemeenteId);

  void add(Praktijk praktijk);

  /** Writes pending changes now, so an answer carries the stored version. */
  void flush();
}
