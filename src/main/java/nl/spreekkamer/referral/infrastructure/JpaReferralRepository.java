package nl.spreekkamer.referral.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.spreekkamer.referral.domain.AuditEntry;
import nl.spreekkamer.referral.domain.ContactAttempt;
import nl.spreekkamer.referral.domain.QueueFilter;
import nl.spreekkamer.referral.domain.ReferenceCode;
import nl.spreekkamer.referral.domain.Referral;
import nl.spreekkamer.referral.domain.ReferralRepository;
import nl.spreekkamer.referral.domain.ReferralStatus;
import nl.spreekkamer.referral.domain.StatusChange;
import nl.spreekkamer.referral.domain.TaskFilter;

/** {@link ReferralRepository} on JPA; the queue query is built from the filter with parameters. */
@ApplicationScoped
public class JpaReferralRepository implements ReferralRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void add(Referral referral) {
    em.persist(referral);
    em.flush();
  }

  @Override
  public Optional<Referral> find(long id) {
    return Optional.ofNullable(em.find(Referral.class, id));
  }

  @Override
  public Optional<Referral> findByReference(ReferenceCode reference) {
    return em.createQuery("SELECT r FROM Referral r WHERE r.reference = :reference", Referral.class)
        .setParameter("reference", reference.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Referral> queue(QueueFilter filter, int first, int max) {
    Map<String, Object> parameters = new HashMap<>();
    String where = where(filter, parameters);
    String order =
        switch (filter.order()) {
          case URGENT_OLDEST_FIRST -> " ORDER BY r.urgent DESC, r.createdAt ASC, r.id ASC";
          case OLDEST_FIRST -> " ORDER BY r.createdAt ASC, r.id ASC";
          case NEWEST_FIRST -> " ORDER BY r.createdAt DESC, r.id DESC";
        };
    TypedQuery<Referral> query =
        em.createQuery("SELECT r FROM Referral r" + where + order, Referral.class);
    parameters.forEach(query::setParameter);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public long countQueue(QueueFilter filter) {
    Map<String, Object> parameters = new HashMap<>();
    TypedQuery<Long> query =
        em.createQuery("SELECT COUNT(r) FROM Referral r" + where(filter, parameters), Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  @Override
  public Workload workload(long gemeenteId, Instant since, QueueFilter.NormDue due, long workerId) {
    // One scan of the gemeente's open referrals instead of four counts (the intake home page).
    // Native SQL: JPQL's CASE makes EclipseLink bind TRUE and the 1 and 0 as parameters, which
    // Derby refuses ("Comparisons between 'BOOLEAN' and 'INTEGER'"); this runs on Derby and
    // PostgreSQL alike. The conditions are those of where(QueueFilter) for the same lists.
    String waiting = quoted(ReferralStatus.RECEIVED, ReferralStatus.SEEKING_CONTACT);
    String closed = quoted(ReferralStatus.CLOSED, ReferralStatus.WITHDRAWN);
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT COUNT(*),"
                        + " SUM(CASE WHEN CREATED_AT >= ?1 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN STATUS IN ("
                        + waiting
                        + ") AND ((URGENT = TRUE AND CREATED_AT < ?2)"
                        + " OR (URGENT = FALSE AND CREATED_AT < ?3)) THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN ASSIGNED_TO = ?4 THEN 1 ELSE 0 END)"
                        + " FROM REFERRAL WHERE GEMEENTE_ID = ?5 AND STATUS NOT IN ("
                        + closed
                        + ")")
                .setParameter(1, Timestamp.from(since))
                .setParameter(2, Timestamp.from(due.urgentReceivedBefore()))
                .setParameter(3, Timestamp.from(due.regularReceivedBefore()))
                .setParameter(4, workerId)
                .setParameter(5, gemeenteId)
                .getSingleResult();
    return new Workload(count(row[0]), count(row[1]), count(row[2]), count(row[3]));
  }

  /** Statuses as SQL string literals (enum names: no quoting needed beyond the quotes). */
  private static String quoted(ReferralStatus... statuses) {
    return Arrays.stream(statuses)
        .map(status -> "'" + status.name() + "'")
        .collect(Collectors.joining(", "));
  }

  /** A COUNT or SUM of the database: a SUM over no rows is null. */
  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  @Override
  public List<Referral> tasks(TaskFilter filter, TaskFilter.Cursor after, int max) {
    if (filter.matchesNothing() || max <= 0) {
      return List.of();
    }
    Map<String, Object> parameters = new HashMap<>();
    StringBuilder where = new StringBuilder(where(filter, parameters));
    String direction = filter.newestFirst() ? "DESC" : "ASC";
    if (after != null) {
      // Keyset paging on (UPDATED_AT, ID), as IX_REFERRAL_UPDATED holds them: a page never
      // shifts when referrals come in or change while a client reads the pages.
      String beyond = filter.newestFirst() ? "<" : ">";
      where
          .append(" AND (r.updatedAt ")
          .append(beyond)
          .append(" :afterAt OR (r.updatedAt = :afterAt AND r.id ")
          .append(beyond)
          .append(" :afterId))");
      parameters.put("afterAt", after.updatedAt());
      parameters.put("afterId", after.id());
    }
    TypedQuery<Referral> query =
        em.createQuery(
            "SELECT r FROM Referral r"
                + where
                + " ORDER BY r.updatedAt "
                + direction
                + ", r.id "
                + direction,
            Referral.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(max).getResultList();
  }

  @Override
  public long countTasks(TaskFilter filter) {
    if (filter.matchesNothing()) {
      return 0;
    }
    Map<String, Object> parameters = new HashMap<>();
    TypedQuery<Long> query =
        em.createQuery("SELECT COUNT(r) FROM Referral r" + where(filter, parameters), Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  private static String where(TaskFilter filter, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder(" WHERE r.gemeenteId = :gemeenteId");
    parameters.put("gemeenteId", filter.gemeenteId());
    if (filter.statuses() != null) {
      where.append(" AND r.status IN :statuses");
      parameters.put("statuses", List.copyOf(filter.statuses()));
    }
    if (filter.urgent() != null && filter.urgent().size() == 1) {
      where.append(" AND r.urgent = :urgent");
      parameters.put("urgent", filter.urgent().iterator().next());
    }
    if (filter.updatedFrom() != null) {
      where.append(" AND r.updatedAt >= :updatedFrom");
      parameters.put("updatedFrom", filter.updatedFrom());
    }
    if (filter.updatedBefore() != null) {
      where.append(" AND r.updatedAt < :updatedBefore");
      parameters.put("updatedBefore", filter.updatedBefore());
    }
    return where.toString();
  }

  private static String where(QueueFilter filter, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder(" WHERE r.gemeenteId = :gemeenteId");
    parameters.put("gemeenteId", filter.gemeenteId());
    if (filter.status() != null) {
      where.append(" AND r.status = :status");
      parameters.put("status", filter.status());
    } else if (filter.openOnly()) {
      where.append(" AND r.status NOT IN :closed");
      parameters.put("closed", List.of(ReferralStatus.CLOSED, ReferralStatus.WITHDRAWN));
    }
    if (filter.receivedSince() != null) {
      where.append(" AND r.createdAt >= :receivedSince");
      parameters.put("receivedSince", filter.receivedSince());
    }
    if (filter.normDue() != null) {
      where.append(
          " AND r.status IN :waiting AND ((r.urgent = TRUE AND r.createdAt < :urgentBefore)"
              + " OR (r.urgent = FALSE AND r.createdAt < :regularBefore))");
      parameters.put("waiting", List.of(ReferralStatus.RECEIVED, ReferralStatus.SEEKING_CONTACT));
      parameters.put("urgentBefore", filter.normDue().urgentReceivedBefore());
      parameters.put("regularBefore", filter.normDue().regularReceivedBefore());
    }
    if (filter.urgent() != null) {
      where.append(" AND r.urgent = :urgent");
      parameters.put("urgent", filter.urgent());
    }
    if (filter.praktijkId() != null) {
      where.append(" AND r.praktijkId = :praktijkId");
      parameters.put("praktijkId", filter.praktijkId());
    }
    if (filter.unassigned()) {
      where.append(" AND r.assignedTo IS NULL");
    } else if (filter.assignedTo() != null) {
      where.append(" AND r.assignedTo = :assignedTo");
      parameters.put("assignedTo", filter.assignedTo());
    }
    return where.toString();
  }

  @Override
  public List<Referral> ofPraktijk(long praktijkId, int first, int max) {
    return em.createQuery(
            "SELECT r FROM Referral r WHERE r.praktijkId = :praktijkId"
                + " ORDER BY r.createdAt DESC, r.id DESC",
            Referral.class)
        .setParameter("praktijkId", praktijkId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<Referral> withFeedbackSince(long praktijkId, Instant since, int first, int max) {
    return em.createQuery(
            "SELECT r FROM Referral r WHERE r.praktijkId = :praktijkId AND r.feedbackAt >= :since"
                + " ORDER BY r.feedbackAt DESC, r.id DESC",
            Referral.class)
        .setParameter("praktijkId", praktijkId)
        .setParameter("since", since)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countWithFeedbackSince(long praktijkId, Instant since) {
    return em.createQuery(
            "SELECT COUNT(r) FROM Referral r WHERE r.praktijkId = :praktijkId"
                + " AND r.feedbackAt >= :since",
            Long.class)
        .setParameter("praktijkId", praktijkId)
        .setParameter("since", since)
        .getSingleResult();
  }

  @Override
  public long countOfPraktijk(long praktijkId) {
    return em.createQuery(
            "SELECT COUNT(r) FROM Referral r WHERE r.praktijkId = :praktijkId", Long.class)
        .setParameter("praktijkId", praktijkId)
        .getSingleResult();
  }

  @Override
  public void addChange(StatusChange change) {
    em.persist(change);
  }

  @Override
  public List<StatusChange> changes(long referralId) {
    return ofReferral(StatusChange.class, "c.changedAt, c.id", referralId);
  }

  @Override
  public void addAttempt(ContactAttempt attempt) {
    em.persist(attempt);
  }

  @Override
  public List<ContactAttempt> attempts(long referralId) {
    return ofReferral(ContactAttempt.class, "c.attemptedAt, c.id", referralId);
  }

  @Override
  public void addAudit(AuditEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<AuditEntry> audit(long referralId) {
    return ofReferral(AuditEntry.class, "c.at, c.id", referralId);
  }

  /** The rows of one referral's history, log or attempts, in the given order. */
  private <T> List<T> ofReferral(Class<T> type, String order, long referralId) {
    return em.createQuery(
            "SELECT c FROM "
                + type.getSimpleName()
                + " c WHERE c.referralId = :id ORDER BY "
                + order,
            type)
        .setParameter("id", referralId)
        .getResultList();
  }
}
