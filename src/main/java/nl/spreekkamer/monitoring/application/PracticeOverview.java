package nl.spreekkamer.monitoring.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.spreekkamer.monitoring.domain.Cell;
import nl.spreekkamer.monitoring.domain.Funnel;

/**
 * A practice's own figures: its referrals in the period, how far they got, the outcomes of those
 * whose patient agreed to feedback, the team's e-learning, and the kits it received. {@code
 * selfReferrals} counts those of {@code referrals} that a patient made by calling the meldpunt with
 * the code of one of the practice's cards.
 */
public record PracticeOverview(
    long praktijkId,
    String praktijk,
    LocalDate from,
    LocalDate to,
    long referrals,
    long selfReferrals,
    long withFeedbackConsent,
    List<Funnel.Step> funnel,
    List<Cell> outcomes,
    long employees,
    long trained,
    java.math.BigDecimal points,
    long pointsReported,
    List<Kit> kits)
    implements Serializable {

  /** A kit shipment the practice got. */
  public record Kit(String title, String status, LocalDate plannedOn, LocalDate receivedOn)
      implements Serializable {}
}
