package nl.spreekkamer.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.spreekkamer.accreditation.domain.RecordStatus;
import nl.spreekkamer.catalogue.domain.ShipmentStatus;
import nl.spreekkamer.monitoring.domain.MonitoringRepository;
import nl.spreekkamer.monitoring.domain.ReferralFact;
import nl.spreekkamer.platform.security.Role;
import nl.spreekkamer.referral.domain.FunnelStage;
import nl.spreekkamer.referral.domain.ReferralStatus;

/** {@link MonitoringRepository} on JPA: aggregate queries over referrals, accounts and kits. */
@ApplicationScoped
public class JpaMonitoringRepository implements MonitoringRepository {
  /** The roles that take the e-learning. */
  static final EnumSet<Role> LEARNERS = EnumSet.of(Role.HUISARTS, Role.POH, Role.ASSISTENT);

  private static final String FACT =
      "SELECT NEW nl.spreekkamer.monitoring.domain.ReferralFact(r.praktijkId, r.createdAt,"
          + " r.urgent, r.funnelStage, r.firstContactAt, r.plannedAt, r.outcome,"
          + " r.declineReason, r.consent.feedback, r.feedbackAt, r.selfReferral) FROM Referral r";

  @PersistenceContext private EntityManager em;

  @Override
  public List<ReferralFact> referrals(long gemeenteId, Instant from, Instant to) {
    return facts("r.gemeenteId", gemeenteId, from, to);
  }

  @Override
  public List<ReferralFact> referralsOfPraktijk(long praktijkId, Instant from, Instant to) {
    return facts("r.praktijkId", praktijkId, from, to);
  }

  @Override
  public long[] furthestStages(long gemeenteId, Instant from, Instant to) {
    long[] counts = new long[FunnelStage.values().length];
    em.createQuery(
            "SELECT r.funnelStage, COUNT(r) FROM Referral r WHERE r.gemeenteId = :owner"
                + " AND r.createdAt >= :from AND r.createdAt < :to AND r.status <> :withdrawn"
                + " GROUP BY r.funnelStage",
            Object[].class)
        .setParameter("owner", gemeenteId)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("withdrawn", ReferralStatus.WITHDRAWN)
        .getResultList()
        .forEach(row -> counts[((FunnelStage) row[0]).ordinal()] = (Long) row[1]);
    return counts;
  }

  private List<ReferralFact> facts(String owner, long id, Instant from, Instant to) {
    return em.createQuery(
            FACT
                + " WHERE "
                + owner
                + " = :owner AND r.createdAt >= :from AND r.createdAt < :to"
                + " AND r.status <> :withdrawn",
            ReferralFact.class)
        .setParameter("owner", id)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("withdrawn", ReferralStatus.WITHDRAWN)
        .getResultList();
  }

  @Override
  public Map<Long, Training> training(long gemeenteId) {
    return training("a.praktijk.gemeente.id", gemeenteId);
  }

  @Override
  public Training trainingOfPraktijk(long praktijkId) {
    return training("a.praktijk.id", praktijkId).getOrDefault(praktijkId, new Training(0, 0));
  }

  /** Per practice whose {@code scope} path equals {@code id}: learners and who completed. */
  private Map<Long, Training> training(String scope, long id) {
    Map<Long, Long> employees =
        counts(
            em.createQuery(
                    "SELECT a.praktijk.id, COUNT(DISTINCT a.id) FROM Account a JOIN a.roles r"
                        + " WHERE "
                        + scope
                        + " = :id AND a.active = TRUE AND r IN :roles GROUP BY a.praktijk.id",
                    Object[].class)
                .setParameter("id", id)
                .setParameter("roles", LEARNERS)
                .getResultList());
    Map<Long, Long> completed =
        counts(
            em.createQuery(
                    "SELECT a.praktijk.id, COUNT(DISTINCT a.id) FROM Account a JOIN a.roles r,"
                        + " Enrolment e WHERE e.accountId = a.id AND e.completedAt IS NOT NULL"
                        + " AND "
                        + scope
                        + " = :id AND a.active = TRUE AND r IN :roles GROUP BY a.praktijk.id",
                    Object[].class)
                .setParameter("id", id)
                .setParameter("roles", LEARNERS)
                .getResultList());
    Map<Long, Training> training = new HashMap<>();
    employees.forEach(
        (praktijk, count) ->
            training.put(praktijk, new Training(count, completed.getOrDefault(praktijk, 0L))));
    return training;
  }

  @Override
  public Accreditation teamAccreditation(
      long praktijkId, java.time.LocalDate from, java.time.LocalDate to) {
    Object[] row =
        em.createQuery(
                "SELECT SUM(r.points), COUNT(r), SUM(CASE WHEN r.status = :reported THEN 1 ELSE 0"
                    + " END) FROM AccreditationRecord r, Account a WHERE r.accountId = a.id"
                    + " AND a.praktijk.id = :p AND r.earnedOn >= :from AND r.earnedOn <= :to"
                    + " AND r.status <> :rejected",
                Object[].class)
            .setParameter("p", praktijkId)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("reported", RecordStatus.REPORTED)
            .setParameter("rejected", RecordStatus.REJECTED)
            .getSingleResult();
    return new Accreditation(
        row[0] == null ? java.math.BigDecimal.ZERO : (java.math.BigDecimal) row[0],
        row[1] == null ? 0 : ((Number) row[1]).longValue(),
        row[2] == null ? 0 : ((Number) row[2]).longValue());
  }

  @Override
  public Map<Long, KitsReceived> kitsReceived(long gemeenteId) {
    Map<Long, KitsReceived> kits = new HashMap<>();
    em.createQuery(
            "SELECT s.praktijkId, COUNT(s), MIN(s.receivedAt) FROM Shipment s"
                + " WHERE s.gemeenteId = :g AND s.status = :received AND s.kitId IS NOT NULL"
                + " GROUP BY s.praktijkId",
            Object[].class)
        .setParameter("g", gemeenteId)
        .setParameter("received", ShipmentStatus.RECEIVED)
        .getResultList()
        .forEach(row -> kits.put((Long) row[0], new KitsReceived((Long) row[1], (Instant) row[2])));
    return kits;
  }

  @Override
  public List<GemeenteTotals> totals(Instant from, Instant to) {
    Map<Long, Long> practices =
        counts(
            em.createQuery(
                    "SELECT p.gemeente.id, COUNT(p) FROM Praktijk p GROUP BY p.gemeente.id",
                    Object[].class)
                .getResultList());
    Map<Long, Long> employees =
        counts(
            em.createQuery(
                    "SELECT a.praktijk.gemeente.id, COUNT(DISTINCT a.id) FROM Account a JOIN"
                        + " a.roles r WHERE a.active = TRUE AND r IN :roles"
                        + " GROUP BY a.praktijk.gemeente.id",
                    Object[].class)
                .setParameter("roles", LEARNERS)
                .getResultList());
    Map<Long, Long> trained =
        counts(
            em.createQuery(
                    "SELECT a.praktijk.gemeente.id, COUNT(DISTINCT a.id) FROM Account a JOIN"
                        + " a.roles r, Enrolment e WHERE e.accountId = a.id AND e.completedAt IS"
                        + " NOT NULL AND a.active = TRUE AND r IN :roles"
                        + " GROUP BY a.praktijk.gemeente.id",
                    Object[].class)
                .setParameter("roles", LEARNERS)
                .getResultList());
    Map<Long, Long> referrals = referralCounts(from, to, null);
    Map<Long, Long> started = referralCounts(from, to, FunnelStage.PROGRAMME_STARTED);
    List<GemeenteTotals> totals = new ArrayList<>();
    em.createQuery("SELECT g.id, g.name FROM Gemeente g ORDER BY g.name", Object[].class)
        .getResultList()
        .forEach(
            row -> {
              long id = (Long) row[0];
              totals.add(
                  new GemeenteTotals(
                      id,
                      (String) row[1],
                      practices.getOrDefault(id, 0L),
                      employees.getOrDefault(id, 0L),
                      trained.getOrDefault(id, 0L),
                      referrals.getOrDefault(id, 0L),
                      started.getOrDefault(id, 0L)));
            });
    return totals;
  }

  private Map<Long, Long> referralCounts(Instant from, Instant to, FunnelStage stage) {
    String where = stage == null ? "" : " AND r.funnelStage = :stage";
    var query =
        em.createQuery(
                "SELECT r.gemeenteId, COUNT(r) FROM Referral r WHERE r.createdAt >= :from"
                    + " AND r.createdAt < :to AND r.status <> :withdrawn"
                    + where
                    + " GROUP BY r.gemeenteId",
                Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("withdrawn", ReferralStatus.WITHDRAWN);
    if (stage != null) {
      query.setParameter("stage", stage);
    }
    return counts(query.getResultList());
  }

  private static Map<Long, Long> counts(List<Object[]> rows) {
    Map<Long, Long> counts = new HashMap<>();
    rows.forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    return counts;
  }
}
