package nl.spreekkamer.referral.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What an intake worker asks of the queue: the own gemeente, optionally a status, only urgent ones,
 * one practice, one worker (or unassigned), received since a moment, only those waiting for first
 * contact close to or past the norm, and the sort order.
 */
public record QueueFilter(
    long gemeenteId,
    ReferralStatus status,
    boolean openOnly,
    Boolean urgent,
    Long praktijkId,
    Long assignedTo,
    boolean unassigned,
    Instant receivedSince,
    NormDue normDue,
    QueueOrder order) {

  public QueueFilter {
    order = Objects.requireNonNullElse(order, QueueOrder.URGENT_OLDEST_FIRST);
  }

  /**
   * Waiting for first contact and received before the moment at which the norm comes close: one
   * moment for urgent referrals, one for the others.
   */
  public record NormDue(Instant urgentReceivedBefore, Instant regularReceivedBefore) {
    /**
     * The moments on {@code today} for norms of so many working days, days counted in {@code zone}.
     */
    public static NormDue on(
        LocalDate today, int urgentWorkingDays, int regularWorkingDays, ZoneId zone) {
      return new NormDue(
          dayAfter(NormSignal.latestDueReceipt(today, urgentWorkingDays), zone),
          dayAfter(NormSignal.latestDueReceipt(today, regularWorkingDays), zone));
    }

    private static Instant dayAfter(LocalDate day, ZoneId zone) {
      return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
  }

  /** Sort orders for the queue. */
  public enum QueueOrder {
    URGENT_OLDEST_FIRST,
    OLDEST_FIRST,
    NEWEST_FIRST
  }
}
