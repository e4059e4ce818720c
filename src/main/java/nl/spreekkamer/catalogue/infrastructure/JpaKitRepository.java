package nl.spreekkamer.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.spreekkamer.catalogue.domain.Kit;
import nl.spreekkamer.catalogue.domain.KitRepository;

/** {@link KitRepository} on JPA. */
@ApplicationScoped
public class JpaKitRepository implements KitRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Kit> find(long id) {
    return Optional.ofNullable(em.find(Kit.class, id));
  }

  @Override
  public List<Kit> findByGemeente(long gemeenteId) {
    return em.createQuery(
            "SELECT k FROM Kit k WHERE k.gemeenteId = :g ORDER BY k.createdAt DESC, k.id DESC",
            Kit.class)
        .setParameter("g", gemeenteId)
        .getResultList();
  }

  @Override
  public void add(Kit kit) {
    em.persist(kit);
    em.flush();
  }

  @Override
  public void remove(Kit kit) {
    em.remove(kit);
  }
}
