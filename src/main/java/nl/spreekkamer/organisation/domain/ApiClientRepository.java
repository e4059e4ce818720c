package nl.spreekkamer.organisation.domain;

import java.util.List;
import java.util.Optional;

/** Stores the API clients of gemeenten. */
public interface ApiClientRepository {
  void add(ApiClient client);

  Optional<ApiClient> find(long id);

  Optional<ApiClient> findByPrefix(String keyPrefix);

  List<ApiClient> ofGemeente(long gemeenteId);
}
