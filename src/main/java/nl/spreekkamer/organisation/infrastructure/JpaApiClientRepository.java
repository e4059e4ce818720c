package nl.spreekkamer.organisation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.spreekkamer.organisation.domain.ApiClient;
import nl.spreekkamer.organisation.domain.ApiClientRepository;

/** {@link ApiClientRepository} on JPA. */
@ApplicationScoped
public class JpaApiClientRepository implements ApiClientRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void add(ApiClient client) {
    em.persist(client);
    em.flush();
  }

  @Override
  public Optional<ApiClient> find(long id) {
    return Optional.ofNullable(em.find(ApiClient.class, id));
  }

  @Override
  public Optional<ApiClient> findByPrefix(String keyPrefix) {
    return em.createQuery("SELECT c FROM ApiClient c WHERE c.keyPrefix = :prefix", ApiClient.class)
        .setParameter("prefix", keyPrefix)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ApiClient> ofGemeente(long gemeenteId) {
    return em.createQuery(
            "SELECT c FROM ApiClient c WHERE c.gemeenteId = :gemeenteId ORDER BY c.createdAt DESC",
            ApiClient.class)
        .setParameter("gemeenteId", gemeenteId)
        .getResultList();
  }
}
