package nl.spreekkamer.platform.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The JOB_RUN table: one row per job and time slot. Inserting the row claims the slot; the primary
 * key lets exactly one server succeed, however many try at the same moment. Each call is a
 * transaction of its own, so a claim is visible to the other servers before the job's work starts.
 */
@ApplicationScoped
public class JobRuns {
  /** How long the run history is kept. */
  static final int KEEP_DAYS = 30;

  @PersistenceContext EntityManager em;

  /** Inserts the slot's row; throws a PersistenceException when another server already has it. */
  @Transactional(TxType.REQUIRES_NEW)
  public void claim(String job, TimeSlot slot, String node, Instant now) {
    em.createNativeQuery(
            "INSERT INTO JOB_RUN (JOB_NAME, SLOT_START, NODE, STARTED_AT) VALUES (?, ?, ?, ?)")
        .setParameter(1, job)
        .setParameter(2, Timestamp.from(slot.start()))
        .setParameter(3, node)
        .setParameter(4, Timestamp.from(now))
        .executeUpdate();
  }

  /** Who ran the slot, if anyone. */
  @Transactional(TxType.REQUIRES_NEW)
  public String holder(String job, TimeSlot slot) {
    List<?> nodes =
        em.createNativeQuery("SELECT NODE FROM JOB_RUN WHERE JOB_NAME = ? AND SLOT_START = ?")
            .setParameter(1, job)
            .setParameter(2, Timestamp.from(slot.start()))
            .getResultList();
    return nodes.isEmpty() ? null : nodes.get(0).toString();
  }

  /** Records the outcome of a run and forgets runs older than {@link #KEEP_DAYS} days. */
  @Transactional(TxType.REQUIRES_NEW)
  public void finish(String job, TimeSlot slot, String result, Instant now) {
    em.createNativeQuery(
            "UPDATE JOB_RUN SET FINISHED_AT = ?, RESULT = ? WHERE JOB_NAME = ? AND SLOT_START = ?")
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, result.length() > 200 ? result.substring(0, 200) : result)
        .setParameter(3, job)
        .setParameter(4, Timestamp.from(slot.start()))
        .executeUpdate();
    em.createNativeQuery("DELETE FROM JOB_RUN WHERE JOB_NAME = ? AND SLOT_START < ?")
        .setParameter(1, job)
        .setParameter(2, Timestamp.from(now.minus(KEEP_DAYS, ChronoUnit.DAYS)))
        .executeUpdate();
  }
}
