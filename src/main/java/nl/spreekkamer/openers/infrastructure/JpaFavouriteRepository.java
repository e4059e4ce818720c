package nl.spreekkamer.openers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.spreekkamer.openers.domain.FavouriteOpener;
import nl.spreekkamer.openers.domain.FavouriteRepository;

/** {@link FavouriteRepository} on JPA. */
@ApplicationScoped
public class JpaFavouriteRepository implements FavouriteRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public List<FavouriteOpener> ofAccount(long accountId) {
    return em.createNamedQuery("FavouriteOpener.ofAccount", FavouriteOpener.class)
        .setParameter("accountId", accountId)
        .getResultList();
  }

  @Override
  public Optional<FavouriteOpener> find(long accountId, String openerId) {
    return em.createNamedQuery("FavouriteOpener.find", FavouriteOpener.class)
        .setParameter("accountId", accountId)
        .setParameter("openerId", openerId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(FavouriteOpener favourite) {
    em.persist(favourite);
  }

  @Override
  public void remove(FavouriteOpener favourite) {
    em.remove(favourite);
  }
}
