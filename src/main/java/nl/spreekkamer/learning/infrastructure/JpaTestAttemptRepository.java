package nl.spreekkamer.learning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.spreekkamer.learning.domain.TestAttempt;
import nl.spreekkamer.learning.domain.TestAttemptRepository;

/** {@link TestAttemptRepository} on JPA. */
@ApplicationScoped
public class JpaTestAttemptRepository implements TestAttemptRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void add(TestAttempt attempt) {
    em.persist(attempt);
    em.flush();
  }

  @Override
  public Optional<TestAttempt> find(long id) {
    return Optional.ofNullable(em.find(TestAttempt.class, id));
  }

  @Override
  public List<TestAttempt> ofRegistration(String registration) {
    return em.createQuery(
            "SELECT a FROM TestAttempt a WHERE a.registration = :registration"
                + " ORDER BY a.startedAt DESC, a.id DESC",
            TestAttempt.class)
        .setParameter("registration", registration)
        .getResultList();
  }
}
