package nl.spreekkamer.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.spreekkamer.organisation.domain.ResponseNorm;
import nl.spreekkamer.referral.domain.DeclineReason;
import nl.spreekkamer.referral.domain.FunnelStage;
import nl.spreekkamer.referral.domain.Outcome;
import nl.spreekkamer.referral.domain.WorkingDays;

/**
 * The referral figures of one gemeente over a period: the referrals received in the period and how
 * far they got by now. Breakdowns are suppressed where small ({@link Breakdown}); totals and the
 * funnel are of the whole gemeente and are shown as they are. {@code selfReferrals} counts those of
 * {@code received} that the patient made by calling with their card's code.
 */
public record ReferralFigures(
    long received,
    long selfReferrals,
    List<Cell> perMonth,
    List<Cell> perPractice,
    Funnel funnel,
    Timing toFirstContact,
    Timing toFirstConversation,
    NormShare withinNorm,
    List<Cell> outcomes,
    List<Cell> declineReasons,
    FeedbackShare feedback) {

  /** The median number of working days, over how many referrals. */
  public record Timing(BigDecimal medianWorkingDays, long referrals) {}

  /**
   * First contact within the gemeente's norm (urgent or regular working days), of the referrals
   * that were contacted or whose norm has passed without contact.
   */
  public record NormShare(long within, long counted, BigDecimal percentage) {}

  /** Written feedback to the practice, of the referrals whose patient agreed to feedback. */
  public record FeedbackShare(long given, long consented, BigDecimal percentage) {}

  public static ReferralFigures of(
      List<ReferralFact> facts,
      Period period,
      ResponseNorm norm,
      Map<Long, String> practices,
      LocalDate today,
      ZoneId zone) {
    Map<String, Breakdown.Labelled> months = new LinkedHashMap<>();
    Map<YearMonth, long[]> monthCounts = new LinkedHashMap<>();
    period.months().forEach(m -> monthCounts.put(m, new long[1]));
    Map<Long, long[]> practiceCounts = new LinkedHashMap<>();
    practices.keySet().forEach(p -> practiceCounts.put(p, new long[1]));
    long[] furthest = new long[FunnelStage.values().length];
    List<Integer> toContact = new ArrayList<>();
    List<Integer> toConversation = new ArrayList<>();
    long within = 0;
    long counted = 0;
    Map<Outcome, long[]> outcomes = new EnumMap<>(Outcome.class);
    Map<DeclineReason, long[]> reasons = new EnumMap<>(DeclineReason.class);
    long consented = 0;
    long given = 0;
    long self = 0;
    for (ReferralFact fact : facts) {
      if (fact.selfReferral()) {
        self++;
      }
      LocalDate received = LocalDate.ofInstant(fact.createdAt(), zone);
      monthCounts.computeIfAbsent(YearMonth.from(received), m -> new long[1])[0]++;
      practiceCounts.computeIfAbsent(fact.praktijkId(), p -> new long[1])[0]++;
      furthest[fact.stage().ordinal()]++;
      int normDays = fact.urgent() ? norm.urgentWorkingDays() : norm.regularWorkingDays();
      if (fact.firstContactAt() != null) {
        int days = WorkingDays.between(received, LocalDate.ofInstant(fact.firstContactAt(), zone));
        toContact.add(days);
        counted++;
        if (days <= normDays) {
          within++;
        }
      } else if (WorkingDays.between(received, today) > normDays) {
        counted++;
      }
      if (fact.plannedAt() != null) {
        toConversation.add(
            WorkingDays.between(received, LocalDate.ofInstant(fact.plannedAt(), zone)));
      }
      if (fact.outcome() != null) {
        outcomes.computeIfAbsent(fact.outcome(), o -> new long[1])[0]++;
      }
      if (fact.declineReason() != null) {
        reasons.computeIfAbsent(fact.declineReason(), r -> new long[1])[0]++;
      }
      if (fact.feedbackConsented()) {
        consented++;
        if (fact.feedbackAt() != null) {
          given++;
        }
      }
    }
    monthCounts.forEach(
        (month, count) ->
            months.put(month.toString(), new Breakdown.Labelled(month.toString(), count[0])));
    Map<String, Breakdown.Labelled> byPractice = new LinkedHashMap<>();
    practiceCounts.forEach(
        (id, count) ->
            byPractice.put(
                String.valueOf(id),
                new Breakdown.Labelled(practices.getOrDefault(id, "#" + id), count[0])));
    return new ReferralFigures(
        facts.size(),
        self,
        Breakdown.of(months),
        Breakdown.of(byPractice),
        Funnel.of(furthest),
        new Timing(median(toContact), toContact.size()),
        new Timing(median(toConversation), toConversation.size()),
        new NormShare(within, counted, Funnel.percentage(within, counted)),
        Breakdown.of(byEnum(Outcome.values(), outcomes)),
        Breakdown.of(byEnum(DeclineReason.values(), reasons)),
        new FeedbackShare(given, consented, Funnel.percentage(given, consented)));
  }

  private static <E extends Enum<E>> Map<String, Breakdown.Labelled> byEnum(
      E[] values, Map<E, long[]> counts) {
    Map<String, Breakdown.Labelled> map = new LinkedHashMap<>();
    for (E value : values) {
      long[] count = counts.get(value);
      map.put(value.name(), new Breakdown.Labelled(value.name(), count == null ? 0 : count[0]));
    }
    return map;
  }

  /** The median, one decimal (the mean of the two middle values for an even count). */
  static BigDecimal median(List<Integer> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Integer> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    BigDecimal middle =
        n % 2 == 1
            ? BigDecimal.valueOf(sorted.get(n / 2))
            : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2))
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    return middle.setScale(1, RoundingMode.HALF_UP);
  }
}
