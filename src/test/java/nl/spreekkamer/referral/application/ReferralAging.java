package nl.spreekkamer.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import nl.spreekkamer.referral.domain.Referral;

/** Test support inside the server: makes a referral look older and reads it back fresh. */
@ApplicationScoped
public class ReferralAging {
  @PersistenceContext EntityManager em;

  @Transactional
  public void lastChangedAt(long id, Instant when) {
    em.createNativeQuery("UPDATE REFERRAL SET STATUS_CHANGED_AT = ? WHERE ID = ?")
        .setParameter(1, Timestamp.from(when))
        .setParameter(2, id)
        .executeUpdate();
  }

  @Transactional
  public Referral fresh(long id) {
    em.getEntityManagerFactory().getCache().evictAll();
    Referral referral = em.find(Referral.class, id);
    em.refresh(referral);
    return referral;
  }
}
