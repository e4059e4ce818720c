package nl.spreekkamer.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.spreekkamer.catalogue.domain.Screen;
import nl.spreekkamer.catalogue.domain.ScreenRepository;

/** {@link ScreenRepository} on JPA. */
@ApplicationScoped
public class JpaScreenRepository implements ScreenRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Screen> find(long praktijkId) {
    return Optional.ofNullable(em.find(Screen.class, praktijkId));
  }

  @Override
  public Optional<Screen> findByToken(String token) {
    return em.createQuery("SELECT s FROM Screen s WHERE s.token = :t", Screen.class)
        .setParameter("t", token)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Screen screen) {
    em.persist(screen);
    em.flush();
  }
}
