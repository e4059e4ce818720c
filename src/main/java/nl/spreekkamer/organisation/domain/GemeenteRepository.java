package nl.spreekkamer.organisation.domain;

import java.util.List;
import java.util.Optional;

/** Stores and finds gemeenten. */
public interface GemeenteRepository {
  Optional<Gemeente> find(long id);

  Optional<Gemeente> findByCbsCode(CbsCode cbsCode);

  List<Gemeente> findAll();

  long count();

  void add(Gemeente gemeente);
}
