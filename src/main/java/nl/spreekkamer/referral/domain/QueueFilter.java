package nl.spreekkamer.referral.domain;

import java.util.Objects;

/**
 * What an intake worker asks of the queue: the own gemeente, optionally a status, only urgent ones,
 * one practice, one worker (or unassigned), and the sort order.
 */
public record QueueFilter(
    long gemeenteId,
    ReferralStatus status,
    boolean openOnly,
    Boolean urgent,
    Long praktijkId,
    Long assignedTo,
    boolean unassigned,
    QueueOrder order) {

  public QueueFilter {
    order = Objects.requireNonNullElse(order, QueueOrder.URGENT_OLDEST_FIRST);
  }

  /** Sort orders for the queue. */
  public enum QueueOrder {
    URGENT_OLDEST_FIRST,
    OLDEST_FIRST,
    NEWEST_FIRST
  }
}
