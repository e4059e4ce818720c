package nl.spreekkamer.learning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.spreekkamer.learning.domain.Enrolment;
import nl.spreekkamer.learning.domain.EnrolmentRepository;

/** {@link EnrolmentRepository} on JPA. */
@ApplicationScoped
public class JpaEnrolmentRepository implements EnrolmentRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void add(Enrolment enrolment) {
    em.persist(enrolment);
    em.flush();
  }

  @Override
  public Optional<Enrolment> find(long accountId, String moduleId) {
    return em.createQuery(
            "SELECT e FROM Enrolment e WHERE e.accountId = :account AND e.moduleId = :module",
            Enrolment.class)
        .setParameter("account", accountId)
        .setParameter("module", moduleId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Enrolment> ofAccount(long accountId) {
    return em.createQuery("SELECT e FROM Enrolment e WHERE e.accountId = :account", Enrolment.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  @Override
  public List<Enrolment> ofAccounts(Collection<Long> accountIds) {
    if (accountIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT e FROM Enrolment e WHERE e.accountId IN :accounts", Enrolment.class)
        .setParameter("accounts", accountIds)
        .getResultList();
  }
}
