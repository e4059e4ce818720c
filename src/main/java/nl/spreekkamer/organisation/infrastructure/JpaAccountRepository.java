package nl.spreekkamer.organisation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountFilter;
import nl.spreekkamer.organisation.domain.AccountRepository;

/**
 * {@link AccountRepository} on JPA. Login bookkeeping uses plain SQL updates: no version check or
 * version bump, so parallel API calls of one user never conflict, and the failure count is
 * incremented in the database itself. (EclipseLink 4.0 binds Instant parameters of JPQL bulk
 * updates as bytes, another reason for SQL here.)
 */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  @Override
  public Optional<Account> findByUsername(String username) {
    if (username == null) {
      return Optional.empty();
    }
    return em.createNamedQuery("Account.findByUsername", Account.class)
        .setParameter("username", username.strip().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Account> findByPraktijk(long praktijkId) {
    return em.createNamedQuery("Account.findByPraktijk", Account.class)
        .setParameter("praktijkId", praktijkId)
        .getResultList();
  }

  @Override
  public List<Account> findByGemeente(long gemeenteId) {
    return em.createNamedQuery("Account.findByGemeente", Account.class)
        .setParameter("gemeenteId", gemeenteId)
        .getResultList();
  }

  @Override
  public List<Account> search(String text, AccountFilter filter, int first, int max) {
    return query("SELECT a", " ORDER BY a.username", Account.class, text, filter)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countSearch(String text, AccountFilter filter) {
    return query("SELECT COUNT(a)", "", Long.class, text, filter).getSingleResult();
  }

  private <T> TypedQuery<T> query(
      String select, String order, Class<T> type, String text, AccountFilter filter) {
    String needle = SearchText.normalise(text);
    List<String> conditions = new ArrayList<>();
    if (!needle.isEmpty()) {
      conditions.add(
          "(a.username LIKE :pattern OR LOWER(a.displayName) LIKE :pattern"
              + " OR a.email LIKE :pattern)");
    }
    switch (filter == null ? AccountFilter.ALL : filter) {
      case NEVER_LOGGED_IN -> conditions.add("a.active = TRUE AND a.lastLogin IS NULL");
      case FAILED_LOGINS -> conditions.add("a.active = TRUE AND a.failedLogins >= :failed");
      case ALL -> {}
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<T> query = em.createQuery(select + " FROM Account a" + where + order, type);
    if (!needle.isEmpty()) {
      query.setParameter("pattern", SearchText.containsPattern(needle));
    }
    if (filter == AccountFilter.FAILED_LOGINS) {
      query.setParameter("failed", AccountFilter.FAILED_LOGINS_THRESHOLD);
    }
    return query;
  }

  @Override
  public long count() {
    return em.createNamedQuery("Account.count", Long.class).getSingleResult();
  }

  @Override
  public void add(Account account) {
    em.persist(account);
    em.flush(); // ids and versions in the answer are the stored ones
  }

  @Override
  public void recordLoginSuccess(long accountId, Instant when) {
    em.createNativeQuery("UPDATE USER_ACCOUNT SET FAILED_LOGINS = 0, LAST_LOGIN = ? WHERE ID = ?")
        .setParameter(1, Timestamp.from(when))
        .setParameter(2, accountId)
        .executeUpdate();
  }

  @Override
  public void recordLoginFailure(long accountId, Instant when) {
    em.createNativeQuery(
            "UPDATE USER_ACCOUNT SET FAILED_LOGINS = FAILED_LOGINS + 1, LAST_FAILED_LOGIN = ?"
                + " WHERE ID = ?")
        .setParameter(1, Timestamp.from(when))
        .setParameter(2, accountId)
        .executeUpdate();
  }

  @Override
  public Optional<Account> findByResetToken(String tokenHash) {
    return em
        .createQuery("SELECT a FROM Account a WHERE a.resetTokenHash = :hash", Account.class)
        .setParameter("hash", tokenHash)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public List<Account> findActiveByEmail(String email) {
    return em.createQuery(
            "SELECT a FROM Account a WHERE LOWER(a.email) = :email AND a.active = TRUE",
            Account.class)
        .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
        .setMaxResults(2)
        .getResultList();
  }
}
