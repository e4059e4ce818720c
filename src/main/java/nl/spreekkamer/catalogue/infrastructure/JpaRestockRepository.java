package nl.spreekkamer.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.spreekkamer.catalogue.domain.RestockRepository;
import nl.spreekkamer.catalogue.domain.RestockRequest;

/** {@link RestockRepository} on JPA. */
@ApplicationScoped
public class JpaRestockRepository implements RestockRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<RestockRequest> find(long id) {
    return Optional.ofNullable(em.find(RestockRequest.class, id));
  }

  @Override
  public List<RestockRequest> findByGemeente(long gemeenteId) {
    return em.createQuery(
            "SELECT r FROM RestockRequest r WHERE r.gemeenteId = :g"
                + " ORDER BY r.status DESC, r.requestedAt DESC",
            RestockRequest.class)
        .setParameter("g", gemeenteId)
        .setMaxResults(500)
        .getResultList();
  }

  @Override
  public List<RestockRequest> findByPraktijk(long praktijkId) {
    return em.createQuery(
            "SELECT r FROM RestockRequest r WHERE r.praktijkId = :p ORDER BY r.requestedAt DESC",
            RestockRequest.class)
        .setParameter("p", praktijkId)
        .setMaxResults(200)
        .getResultList();
  }

  @Override
  public void add(RestockRequest request) {
    em.persist(request);
    em.flush();
  }
}
