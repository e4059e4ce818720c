package nl.spreekkamer.monitoring.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Reads what the figures are made of, across the features; never patient names or texts. */
public interface MonitoringRepository {
  /** The referrals a gemeente received in [from, to), withdrawn ones left out. */
  List<ReferralFact> referrals(long gemeenteId, Instant from, Instant to);

  /** How many of the gemeente's referrals received in [from, to) got furthest to each stage. */
  long[] furthestStages(long gemeenteId, Instant from, Instant to);

  /** The referrals a practice made in [from, to), withdrawn ones left out. */
  List<ReferralFact> referralsOfPraktijk(long praktijkId, Instant from, Instant to);

  /** Per practice of the gemeente: active employees who take the e-learning, and who completed. */
  Map<Long, Training> training(long gemeenteId);

  /** The same for one practice (without computing its whole gemeente). */
  Training trainingOfPraktijk(long praktijkId);

  /**
   * Accreditation points the practice's employees earned from {@code from} to {@code to} (registry
   * refusals left out), and how many of those records were reported to a registry.
   */
  Accreditation teamAccreditation(
      long praktijkId, java.time.LocalDate from, java.time.LocalDate to);

  /** Points earned by a team and records reported. */
  record Accreditation(java.math.BigDecimal points, long records, long reported) {}

  /** Per practice of the gemeente: kit shipments received and the first day one arrived. */
  Map<Long, KitsReceived> kitsReceived(long gemeenteId);

  /** Per gemeente: practices, trained employees, referrals in [from, to) and programmes started. */
  List<GemeenteTotals> totals(Instant from, Instant to);

  /** Employees of a practice who take the e-learning, and how many completed a module. */
  record Training(long employees, long completed) {}

  /** Kit shipments a practice confirmed, and when the first arrived. */
  record KitsReceived(long shipments, Instant firstReceivedAt) {}

  /** One gemeente's totals for the comparison between gemeenten. */
  record GemeenteTotals(
      long gemeenteId,
      String name,
      long practices,
      long employees,
      long trained,
      long referrals,
      long programmesStarted) {}
}
