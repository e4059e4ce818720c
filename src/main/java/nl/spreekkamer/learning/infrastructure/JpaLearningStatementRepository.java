package nl.spreekkamer.learning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import nl.spreekkamer.learning.domain.LearningStatement;
import nl.spreekkamer.learning.domain.LearningStatementRepository;

/** {@link LearningStatementRepository} on JPA. */
@ApplicationScoped
public class JpaLearningStatementRepository implements LearningStatementRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void add(LearningStatement statement) {
    em.persist(statement);
  }

  @Override
  public List<LearningStatement> ofAccount(long accountId) {
    return em.createQuery(
            "SELECT s FROM LearningStatement s WHERE s.accountId = :account"
                + " ORDER BY s.storedAt, s.id",
            LearningStatement.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  @Override
  public List<LearningStatement> between(Instant from, Instant to, int offset, int limit) {
    return em.createQuery(
            "SELECT s FROM LearningStatement s WHERE s.storedAt >= :from AND s.storedAt < :to"
                + " ORDER BY s.storedAt, s.id",
            LearningStatement.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }
}
