package nl.spreekkamer.organisation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.spreekkamer.organisation.domain.CbsCode;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.GemeenteRepository;

/** {@link GemeenteRepository} on JPA. */
@ApplicationScoped
public class JpaGemeenteRepository implements GemeenteRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Gemeente> find(long id) {
    return Optional.ofNullable(em.find(Gemeente.class, id));
  }

  @Override
  public Optional<Gemeente> findByCbsCode(CbsCode cbsCode) {
    return em.createNamedQuery("Gemeente.findByCbsCode", Gemeente.class)
        .setParameter("cbsCode", cbsCode)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Gemeente> findAll() {
    return em.createNamedQuery("Gemeente.findAll", Gemeente.class).getResultList();
  }

  @Override
  public long count() {
    return em.createNamedQuery("Gemeente.count", Long.class).getSingleResult();
  }

  @Override
  public void add(Gemeente gemeente) {
    em.persist(gemeente);
    em.flush(); // ids and versions in the answer are the stored ones
  }
}
