package nl.spreekkamer.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.spreekkamer.catalogue.domain.StockLevel;
import nl.spreekkamer.catalogue.domain.StockRepository;

/** {@link StockRepository} on JPA. */
@ApplicationScoped
public class JpaStockRepository implements StockRepository {
  private static final String BY_GEMEENTE = "SELECT l FROM StockLevel l WHERE l.gemeenteId = :g";

  @PersistenceContext private EntityManager em;

  @Override
  public List<StockLevel> findByGemeente(long gemeenteId) {
    return em.createQuery(BY_GEMEENTE + " ORDER BY l.itemId, l.variant.language", StockLevel.class)
        .setParameter("g", gemeenteId)
        .getResultList();
  }

  @Override
  public List<StockLevel> lockByGemeente(long gemeenteId) {
    // No ORDER BY: Derby refuses it together with FOR UPDATE.
    return em.createQuery(BY_GEMEENTE, StockLevel.class)
        .setParameter("g", gemeenteId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public void add(StockLevel level) {
    em.persist(level);
    em.flush();
  }
}
