package nl.spreekkamer.accreditation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.spreekkamer.accreditation.domain.Accreditation;
import nl.spreekkamer.accreditation.domain.AccreditationRepository;

/** {@link AccreditationRepository} on JPA. */
@ApplicationScoped
public class JpaAccreditationRepository implements AccreditationRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void add(Accreditation accreditation) {
    em.persist(accreditation);
    em.flush();
  }

  @Override
  public void remove(Accreditation accreditation) {
    em.remove(accreditation);
  }

  @Override
  public Optional<Accreditation> find(long id) {
    return Optional.ofNullable(em.find(Accreditation.class, id));
  }

  @Override
  public List<Accreditation> all() {
    return em.createQuery(
            "SELECT a FROM Accreditation a ORDER BY a.moduleId, a.registry, a.validFrom",
            Accreditation.class)
        .getResultList();
  }

  @Override
  public List<Accreditation> ofModule(String moduleId) {
    return em.createQuery(
            "SELECT a FROM Accreditation a WHERE a.moduleId = :module ORDER BY a.registry",
            Accreditation.class)
        .setParameter("module", moduleId)
        .getResultList();
  }
}
