package nl.spreekkamer.organisation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.spreekkamer.organisation.domain.AccountEvent;
import nl.spreekkamer.organisation.domain.AccountEventRepository;

/** {@link AccountEventRepository} on JPA. */
@ApplicationScoped
public class JpaAccountEventRepository implements AccountEventRepository {
  @PersistenceContext EntityManager em;

  @Override
  public void add(AccountEvent event) {
    em.persist(event);
  }

  @Override
  public List<AccountEvent> newest(int first, int max) {
    return em.createQuery(
            "SELECT e FROM AccountEvent e ORDER BY e.at DESC, e.id DESC", AccountEvent.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("SELECT COUNT(e) FROM AccountEvent e", Long.class).getSingleResult();
  }

  @Override
  public List<AccountEvent> about(AccountEvent.Subject kind, long subjectId) {
    return em.createQuery(
            "SELECT e FROM AccountEvent e WHERE e.subjectKind = :kind AND e.subjectId = :id"
                + " ORDER BY e.at DESC, e.id DESC",
            AccountEvent.class)
        .setParameter("kind", kind)
        .setParameter("id", subjectId)
        .getResultList();
  }
}
