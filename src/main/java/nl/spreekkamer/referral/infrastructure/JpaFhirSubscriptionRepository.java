package nl.spreekkamer.referral.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.spreekkamer.referral.domain.FhirSubscription;
import nl.spreekkamer.referral.domain.FhirSubscriptionRepository;

@ApplicationScoped
public class JpaFhirSubscriptionRepository implements FhirSubscriptionRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void add(FhirSubscription subscription) {
    em.persist(subscription);
    em.flush();
  }

  @Override
  public Optional<FhirSubscription> find(long id) {
    return Optional.ofNullable(em.find(FhirSubscription.class, id));
  }

  @Override
  public List<FhirSubscription> ofGemeente(long gemeenteId) {
    return em.createQuery(
            "SELECT s FROM FhirSubscription s WHERE s.gemeenteId = :gemeenteId ORDER BY s.id",
            FhirSubscription.class)
        .setParameter("gemeenteId", gemeenteId)
        .getResultList();
  }

  @Override
  public void remove(FhirSubscription subscription) {
    em.remove(subscription);
  }

  @Override
  public List<Long> due(Instant now) {
    return em.createQuery(
            "SELECT s.id FROM FhirSubscription s WHERE s.status <> :off"
                + " AND s.nextAttemptAt <= :now ORDER BY s.nextAttemptAt",
            Long.class)
        .setParameter("off", FhirSubscription.Status.OFF)
        .setParameter("now", now)
        .getResultList();
  }

  @Override
  public boolean lease(long id, String node, Instant now, Instant until) {
    // One UPDATE decides between servers: only one finds the lease free (or its own, expired).
    return em.createQuery(
                "UPDATE FhirSubscription s SET s.leaseUntil = :until, s.leaseBy = :node"
                    + " WHERE s.id = :id AND (s.leaseUntil IS NULL OR s.leaseUntil < :now)")
            .setParameter("until", until)
            .setParameter("node", node)
            .setParameter("id", id)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  @Override
  public void release(long id, String node) {
    em.createQuery(
            "UPDATE FhirSubscription s SET s.leaseUntil = NULL, s.leaseBy = NULL"
                + " WHERE s.id = :id AND s.leaseBy = :node")
        .setParameter("id", id)
        .setParameter("node", node)
        .executeUpdate();
  }
}
