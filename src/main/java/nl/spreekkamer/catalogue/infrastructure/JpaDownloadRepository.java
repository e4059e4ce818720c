package nl.spreekkamer.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Map;
import nl.spreekkamer.catalogue.domain.Download;
import nl.spreekkamer.catalogue.domain.DownloadRepository;

/** {@link DownloadRepository} on JPA. */
@ApplicationScoped
public class JpaDownloadRepository implements DownloadRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void add(Download download) {
    em.persist(download);
  }

  @Override
  public Map<String, Long> countsByItem(Long gemeenteId) {
    String where = gemeenteId == null ? "" : " WHERE d.gemeenteId = :g";
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT d.itemId, COUNT(d) FROM Download d" + where + " GROUP BY d.itemId",
            Object[].class);
    if (gemeenteId != null) {
      query.setParameter("g", gemeenteId);
    }
    Map<String, Long> counts = new HashMap<>();
    query.getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
    return counts;
  }
}
