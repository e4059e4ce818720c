package nl.spreekkamer.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The mail job's and beheer's queries on MAIL_OUTBOX. Each call the job makes is a transaction of
 * its own, so a claim is visible to the other servers before any mail of it is sent, and no
 * database lock is held while the mail server is talked to.
 */
@ApplicationScoped
public class OutboxStore {
  @PersistenceContext EntityManager em;

  /** Mails that may be sent now and that no server is sending, oldest first. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<Long> due(Instant now, int limit) {
    return em.createQuery(
            "SELECT m.id FROM OutboxMail m WHERE m.status = :waiting AND m.nextAttemptAt <= :now"
                + " AND (m.leaseUntil IS NULL OR m.leaseUntil < :now) ORDER BY m.id",
            Long.class)
        .setParameter("waiting", OutboxMail.Status.WAITING)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Takes those of {@code ids} that are still waiting and free for this server's batch {@code
   * token} until {@code until}. One UPDATE decides between servers: a row another server took in
   * the meantime no longer matches.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public List<OutboxMail> claim(List<Long> ids, String token, Instant now, Instant until) {
    em.createQuery(
            "UPDATE OutboxMail m SET m.leaseToken = :token, m.leaseUntil = :until"
                + " WHERE m.id IN :ids AND m.status = :waiting"
                + " AND (m.leaseUntil IS NULL OR m.leaseUntil < :now)")
        .setParameter("token", token)
        .setParameter("until", until)
        .setParameter("ids", ids)
        .setParameter("waiting", OutboxMail.Status.WAITING)
        .setParameter("now", now)
        .executeUpdate();
    return em.createQuery(
            "SELECT m FROM OutboxMail m WHERE m.leaseToken = :token ORDER BY m.id",
            OutboxMail.class)
        .setParameter("token", token)
        .getResultList();
  }

  /** The mails of the batch that the mail server took: sent, and their bodies forgotten. */
  @Transactional(TxType.REQUIRES_NEW)
  public void sent(List<Long> ids, String token, Instant now) {
    if (ids.isEmpty()) {
      return;
    }
    em.createQuery(
            "UPDATE OutboxMail m SET m.status = :sent, m.sentAt = :now, m.body = NULL,"
                + " m.attempts = m.attempts + 1, m.lastError = NULL, m.leaseToken = NULL,"
                + " m.leaseUntil = NULL WHERE m.id IN :ids AND m.leaseToken = :token")
        .setParameter("sent", OutboxMail.Status.SENT)
        .setParameter("now", now)
        .setParameter("ids", ids)
        .setParameter("token", token)
        .executeUpdate();
  }

  /** A mail the mail server did not take: tried again at {@code next}, or given up. */
  @Transactional(TxType.REQUIRES_NEW)
  public void failed(long id, String token, String error, Instant next, boolean giveUp) {
    em.createQuery(
            "UPDATE OutboxMail m SET m.status = :status, m.attempts = m.attempts + 1,"
                + " m.lastError = :error, m.nextAttemptAt = :next, m.leaseToken = NULL,"
                + " m.leaseUntil = NULL WHERE m.id = :id AND m.leaseToken = :token")
        .setParameter("status", giveUp ? OutboxMail.Status.FAILED : OutboxMail.Status.WAITING)
        .setParameter("error", shorten(error))
        .setParameter("next", next)
        .setParameter("id", id)
        .setParameter("token", token)
        .executeUpdate();
  }

  /** A mail not taken before it expired: given up, its body erased. */
  @Transactional(TxType.REQUIRES_NEW)
  public void expired(long id, String token) {
    em.createQuery(
            "UPDATE OutboxMail m SET m.status = :failed, m.body = NULL, m.lastError = :error,"
                + " m.leaseToken = NULL, m.leaseUntil = NULL WHERE m.id = :id AND m.leaseToken = :token")
        .setParameter("failed", OutboxMail.Status.FAILED)
        .setParameter("error", "expired before it could be sent")
        .setParameter("id", id)
        .setParameter("token", token)
        .executeUpdate();
  }

  /** Lets go of whatever of the batch is still held (a batch cut short). */
  @Transactional(TxType.REQUIRES_NEW)
  public void release(String token) {
    em.createQuery(
            "UPDATE OutboxMail m SET m.leaseToken = NULL, m.leaseUntil = NULL"
                + " WHERE m.leaseToken = :token")
        .setParameter("token", token)
        .executeUpdate();
  }

  /**
   * Forgets sent mails older than {@code sentBefore}, failed ones older than {@code failedBefore},
   * and mails with a once-only key older than {@code keyedBefore}: a key must outlive the reminder
   * window it guards, or the reminder would go again.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public int purge(Instant sentBefore, Instant failedBefore, Instant keyedBefore) {
    return em.createQuery(
            "DELETE FROM OutboxMail m WHERE m.status <> :waiting AND ("
                + "(m.dedupKey IS NULL AND m.status = :sent AND m.createdAt < :sentBefore)"
                + " OR (m.dedupKey IS NULL AND m.status = :failed AND m.createdAt < :failedBefore)"
                + " OR (m.dedupKey IS NOT NULL AND m.createdAt < :keyedBefore))")
        .setParameter("waiting", OutboxMail.Status.WAITING)
        .setParameter("sent", OutboxMail.Status.SENT)
        .setParameter("sentBefore", sentBefore)
        .setParameter("failed", OutboxMail.Status.FAILED)
        .setParameter("failedBefore", failedBefore)
        .setParameter("keyedBefore", keyedBefore)
        .executeUpdate();
  }

  /** How many mails are in each status. */
  @Transactional(TxType.REQUIRED)
  public Map<OutboxMail.Status, Long> counts() {
    Map<OutboxMail.Status, Long> counts = new EnumMap<>(OutboxMail.Status.class);
    for (OutboxMail.Status s : OutboxMail.Status.values()) {
      counts.put(s, 0L);
    }
    for (Object[] row :
        em.createQuery(
                "SELECT m.status, COUNT(m) FROM OutboxMail m GROUP BY m.status", Object[].class)
            .getResultList()) {
      counts.put((OutboxMail.Status) row[0], (Long) row[1]);
    }
    return counts;
  }

  /** The newest mails, of one status or all. */
  @Transactional(TxType.REQUIRED)
  public List<OutboxMail> newest(OutboxMail.Status status, int first, int max) {
    // Two queries rather than ":status IS NULL": Derby refuses a parameter in IS NULL.
    TypedQuery<OutboxMail> query =
        status == null
            ? em.createQuery(
                "SELECT m FROM OutboxMail m ORDER BY m.createdAt DESC, m.id DESC", OutboxMail.class)
            : em.createQuery(
                    "SELECT m FROM OutboxMail m WHERE m.status = :status"
                        + " ORDER BY m.createdAt DESC, m.id DESC",
                    OutboxMail.class)
                .setParameter("status", status);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  /** Puts a mail that was given up back in line, with a fresh count of attempts. */
  @Transactional(TxType.REQUIRED)
  public boolean retry(long id, Instant now) {
    return em.createQuery(
                "UPDATE OutboxMail m SET m.status = :waiting, m.attempts = 0,"
                    + " m.nextAttemptAt = :now WHERE m.id = :id AND m.status = :failed"
                    + " AND m.body IS NOT NULL")
            .setParameter("waiting", OutboxMail.Status.WAITING)
            .setParameter("now", now)
            .setParameter("id", id)
            .setParameter("failed", OutboxMail.Status.FAILED)
            .executeUpdate()
        == 1;
  }

  /** The mail as stored now (refreshed: a bulk UPDATE of this transaction may have changed it). */
  @Transactional(TxType.REQUIRED)
  public OutboxMail find(long id) {
    OutboxMail mail = em.find(OutboxMail.class, id);
    if (mail != null) {
      em.refresh(mail);
    }
    return mail;
  }

  private static String shorten(String error) {
    String e = error == null ? "?" : error.replaceAll("[\\p{Cntrl}]+", " ");
    return e.length() > OutboxMail.MAX_ERROR ? e.substring(0, OutboxMail.MAX_ERROR) : e;
  }
}
