package nl.spreekkamer.organisation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import nl.spreekkamer.organisation.domain.AgbCode;
import nl.spreekkamer.organisation.domain.Praktijk;
import nl.spreekkamer.organisation.domain.PraktijkRepository;

/** {@link PraktijkRepository} on JPA. */
@ApplicationScoped
public class JpaPraktijkRepository implements PraktijkRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Praktijk> find(long id) {
    return Optional.ofNullable(em.find(Praktijk.class, id));
  }

  @Override
  public Optional<Praktijk> findByAgbCode(AgbCode agbCode) {
    return em.createNamedQuery("Praktijk.findByAgbCode", Praktijk.class)
        .setParameter("agb", agbCode)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Praktijk> findByGemeente(long gemeenteId) {
    return em.createNamedQuery("Praktijk.findByGemeente", Praktijk.class)
        .setParameter("gemeenteId", gemeenteId)
        .getResultList();
  }

  @Override
  public List<Praktijk> search(String text, Long gemeenteId, int first, int max) {
    return query("SELECT p", " ORDER BY p.name, p.id", Praktijk.class, text, gemeenteId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countSearch(String text, Long gemeenteId) {
    return query("SELECT COUNT(p)", "", Long.class, text, gemeenteId).getSingleResult();
  }

  private <T> TypedQuery<T> query(
      String select, String order, Class<T> type, String text, Long gemeenteId) {
    String needle = SearchText.normalise(text);
    StringBuilder jpql = new StringBuilder(select).append(" FROM Praktijk p WHERE 1 = 1");
    if (!needle.isEmpty()) {
      jpql.append(" AND (LOWER(p.name) LIKE :pattern OR LOWER(p.address.city) LIKE :pattern)");
    }
    if (gemeenteId != null) {
      jpql.append(" AND p.gemeente.id = :gemeenteId");
    }
    TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
    if (!needle.isEmpty()) {
      query.setParameter("pattern", SearchText.containsPattern(needle));
    }
    if (gemeenteId != null) {
      query.setParameter("gemeenteId", gemeenteId);
    }
    return query;
  }

  @Override
  public void add(Praktijk praktijk) {
    em.persist(praktijk);
    em.flush(); // ids and versions in the answer are the stored ones
  }

  @Override
  public void flush() {
    em.flush();
  }
}
