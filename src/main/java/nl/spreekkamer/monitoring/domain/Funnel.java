package nl.spreekkamer.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import nl.spreekkamer.referral.domain.FunnelStage;

/**
 * The way from referral to help: per stage how many referrals reached it, the share of the stage
 * before that went on to it, and the share of all received.
 */
public record Funnel(List<Step> steps) {
  /** One stage: the count and the conversion percentages (null when there is nothing to divide). */
  public record Step(
      FunnelStage stage, long count, BigDecimal fromPrevious, BigDecimal fromReceived) {}

  /** From the number of referrals whose furthest stage is each stage (by ordinal). */
  public static Funnel of(long[] furthest) {
    FunnelStage[] stages = FunnelStage.values();
    long[] reached = new long[stages.length];
    long sum = 0;
    for (int i = stages.length - 1; i >= 0; i--) {
      sum += furthest[i];
      reached[i] = sum;
    }
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < stages.length; i++) {
      steps.add(
          new Step(
              stages[i],
              reached[i],
              i == 0 ? null : percentage(reached[i], reached[i - 1]),
              i == 0 ? null : percentage(reached[i], reached[0])));
    }
    return new Funnel(List.copyOf(steps));
  }

  public long count(FunnelStage stage) {
    return steps.get(stage.ordinal()).count();
  }

  /** {@code part} of {@code whole} in percent with one decimal, or null when whole is zero. */
  public static BigDecimal percentage(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
