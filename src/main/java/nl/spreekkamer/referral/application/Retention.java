package nl.spreekkamer.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.spreekkamer.referral.domain.AuditAction;
import nl.spreekkamer.referral.domain.AuditEntry;
import nl.spreekkamer.referral.domain.Referral;
import nl.spreekkamer.referral.domain.ReferralRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Erases the personal data of referrals that were closed or withdrawn longer ago than the retention
 * period ({@code spreekkamer.retention.months}, default 24). Counts, statuses and outcomes stay for
 * monitoring. Runs from {@link RetentionJob}, not on behalf of a user.
 */
@ApplicationScoped
public class Retention {
  static final String SYSTEM = "systeem";

  @Inject ReferralRepository referrals;
  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "spreekkamer.retention.months", defaultValue = "24")
  int months;

  /** Erases what has expired at {@code now}; returns how many referrals were erased. */
  @Transactional
  public int eraseExpired(Instant now) {
    Instant limit = now.atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
    List<Referral> expired =
        em.createQuery(
                "SELECT r FROM Referral r WHERE r.erasedAt IS NULL AND r.status IN"
                    + " (nl.spreekkamer.referral.domain.ReferralStatus.CLOSED,"
                    + " nl.spreekkamer.referral.domain.ReferralStatus.WITHDRAWN)"
                    + " AND r.statusChangedAt < :limit",
                Referral.class)
            .setParameter("limit", limit)
            .setMaxResults(1000)
            .getResultList();
    expired.forEach(referral -> erase(referral, now));
    return expired.size();
  }

  /** Erases one referral's personal data and the free texts of its history. */
  void erase(Referral referral, Instant now) {
    referral.erasePersonalData(now);
    referrals.changes(referral.id()).forEach(change -> change.eraseNote());
    referrals.attempts(referral.id()).forEach(attempt -> attempt.eraseNote());
    referrals.addAudit(
        new AuditEntry(referral.id(), 0, SYSTEM, "SYSTEM", AuditAction.ERASE, "retention", now));
  }
}
