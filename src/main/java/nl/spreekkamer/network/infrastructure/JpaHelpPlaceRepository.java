package nl.spreekkamer.network.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.spreekkamer.network.domain.HelpPlace;
import nl.spreekkamer.network.domain.HelpPlaceRepository;

/** The social map in HELP_PLACE. */
@ApplicationScoped
public class JpaHelpPlaceRepository implements HelpPlaceRepository {
  @PersistenceContext EntityManager em;

  @Override
  public void add(HelpPlace place) {
    em.persist(place);
  }

  @Override
  public Optional<HelpPlace> find(long id) {
    return Optional.ofNullable(em.find(HelpPlace.class, id));
  }

  @Override
  public List<HelpPlace> ofGemeente(long gemeenteId, boolean withHidden) {
    return em.createQuery(
            "SELECT p FROM HelpPlace p WHERE p.gemeenteId = :gemeente"
                + (withHidden ? "" : " AND p.hidden = FALSE")
                + " ORDER BY p.position, p.name",
            HelpPlace.class)
        .setParameter("gemeente", gemeenteId)
        .getResultList();
  }

  @Override
  public int lastPosition(long gemeenteId) {
    Integer last =
        em.createQuery(
                "SELECT MAX(p.position) FROM HelpPlace p WHERE p.gemeenteId = :gemeente",
                Integer.class)
            .setParameter("gemeente", gemeenteId)
            .getSingleResult();
    return last == null ? 0 : last;
  }

  @Override
  public void flush() {
    em.flush();
  }
}
