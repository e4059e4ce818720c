package nl.spreekkamer.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.spreekkamer.organisation.domain.ResponseNorm;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.referral.domain.DeclineReason;
import nl.spreekkamer.referral.domain.FunnelStage;
import nl.spreekkamer.referral.domain.Outcome;
import org.junit.jupiter.api.Test;

/** Periods, small-cell suppression, the funnel and the referral figures, without a database. */
class FiguresTest {
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @Test
  void periodsAreCheckedAndHalfYearsParsed() {
    assertThat(Period.halfYear("2026H2"))
        .isEqualTo(new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)));
    assertThat(Period.halfYear("2027H1").to()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(Period.of("2026-04-01", "2026-06-30").months()).hasSize(3);
    assertThatThrownBy(() -> Period.halfYear("2026H3")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Period.of("2026-06-30", "2026-04-01"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Period.of("2020-01-01", "2026-01-01"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Period.of(null, "2026-01-01"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void smallCellsAreSuppressedAndALoneOneTakesTheNextSmallestWithIt() {
    List<Cell> cells = Breakdown.of(counts(12, 3, 7, 0));
    assertThat(cells).extracting(Cell::suppressed).containsExactly(false, true, true, false);
    assertThat(cells.get(3).count()).isZero();

    List<Cell> two = Breakdown.of(counts(12, 3, 4, 0));
    assertThat(two).extracting(Cell::suppressed).containsExactly(false, true, true, false);
    assertThat(two.get(0).count()).isEqualTo(12);

    assertThat(Breakdown.of(counts(5, 6))).extracting(Cell::count).containsExactly(5L, 6L);
  }

  @Test
  void funnelCountsEveryStageReachedAndGivesPercentages() {
    Funnel funnel = Funnel.of(new long[] {3, 2, 2, 1, 3}); // 11 received
    assertThat(funnel.steps()).extracting(Funnel.Step::count).containsExactly(11L, 8L, 6L, 4L, 3L);
    assertThat(funnel.steps().get(1).fromPrevious()).hasToString("72.7");
    assertThat(funnel.steps().get(4).fromPrevious()).hasToString("75.0");
    assertThat(funnel.steps().get(4).fromReceived()).hasToString("27.3");
    assertThat(funnel.steps().get(0).fromPrevious()).isNull();
    assertThat(Funnel.of(new long[5]).steps().get(1).fromPrevious()).isNull();
  }

  @Test
  void workingDaysSkipWeekendsAndHolidaysAndTheNormCountsLateUncontactedOnes() {
    LocalDate friday = LocalDate.of(2026, 4, 24); // Monday 27 April is King's Day
    List<ReferralFact> facts = new ArrayList<>();
    facts.add(fact(friday, LocalDate.of(2026, 4, 28), false)); // 1 working day
    facts.add(fact(friday, LocalDate.of(2026, 4, 30), false)); // 3
    facts.add(fact(friday, LocalDate.of(2026, 5, 6), true)); // 5 May is Liberation Day: 5 > 3
    facts.add(fact(friday, null, false)); // never contacted, norm of 20 passed by December
    ReferralFigures figures =
        ReferralFigures.of(
            facts,
            new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)),
            new ResponseNorm(3, 20),
            Map.of(1L, "Praktijk"),
            LocalDate.of(2026, 12, 1),
            ZONE);
    assertThat(figures.toFirstContact().medianWorkingDays()).hasToString("3.0");
    assertThat(figures.withinNorm().within()).isEqualTo(2);
    assertThat(figures.withinNorm().counted()).isEqualTo(4);
    assertThat(figures.withinNorm().percentage()).hasToString("50.0");
    assertThat(figures.received()).isEqualTo(4);
    assertThat(figures.perPractice().get(0).suppressed()).isTrue();
  }

  @Test
  void aReferralStillWithinItsNormIsNotCountedYet() {
    LocalDate monday = LocalDate.of(2026, 11, 30);
    ReferralFigures figures =
        ReferralFigures.of(
            List.of(fact(monday, null, false)),
            new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)),
            new ResponseNorm(3, 20),
            Map.of(),
            LocalDate.of(2026, 12, 1),
            ZONE);
    assertThat(figures.withinNorm().counted()).isZero();
    assertThat(figures.withinNorm().percentage()).isNull();
    assertThat(figures.toFirstContact().medianWorkingDays()).isNull();
  }

  private static ReferralFact fact(LocalDate received, LocalDate contact, boolean urgent) {
    return new ReferralFact(
        1L,
        at(received),
        urgent,
        contact == null ? FunnelStage.RECEIVED : FunnelStage.CONTACT_MADE,
        contact == null ? null : at(contact),
        null,
        contact == null ? null : Outcome.DECLINED,
        contact == null ? null : DeclineReason.NOT_NOW,
        true,
        null,
        false);
  }

  private static Instant at(LocalDate day) {
    return day.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant();
  }

  private static Map<String, Breakdown.Labelled> counts(long... values) {
    Map<String, Breakdown.Labelled> map = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      map.put("k" + i, new Breakdown.Labelled("k" + i, values[i]));
    }
    return map;
  }
}
