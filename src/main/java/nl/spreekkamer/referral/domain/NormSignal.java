package nl.spreekkamer.referral.domain;

import java.time.LocalDate;

/**
 * How a referral that still waits for first contact stands against the gemeente's response norm:
 * within it, close to it (the last working day, or four fifths used), or past it.
 */
public enum NormSignal {
  WITHIN,
  CLOSE,
  BREACHED,
  NOT_APPLICABLE;

  /** The signal on {@code today} for a referral received on {@code received}. */
  public static NormSignal of(
      ReferralStatus status, LocalDate received, LocalDate today, int normWorkingDays) {
    if (status != ReferralStatus.RECEIVED && status != ReferralStatus.SEEKING_CONTACT) {
      return NOT_APPLICABLE;
    }
    int used = WorkingDays.between(received, today);
    if (used > normWorkingDays) {
      return BREACHED;
    }
    if (used >= normWorkingDays - 1 || used * 5 >= normWorkingDays * 4) {
      return CLOSE;
    }
    return WITHIN;
  }

  /**
   * The latest day of receipt whose referral, still waiting for first contact, is close to or past
   * the norm on {@code today}: every referral received on or before it is due.
   */
  public static LocalDate latestDueReceipt(LocalDate today, int normWorkingDays) {
    LocalDate received = today;
    while (of(ReferralStatus.SEEKING_CONTACT, received, today, normWorkingDays) == WITHIN) {
      received = received.minusDays(1);
    }
    return received;
  }
}
