package nl.spreekkamer.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dutch working days and the response-norm signal. */
class WorkingDaysTest {
  @ParameterizedTest
  @CsvSource({
    "2024, 2024-03-31",
    "2025, 2025-04-20",
    "2026, 2026-04-05",
    "2027, 2027-03-28",
    "2038, 2038-04-25"
  })
  void easterFollowsTheCalendar(int year, LocalDate easter) {
    assertThat(WorkingDays.easter(year)).isEqualTo(easter);
  }

  @Test
  void holidaysOf2026() {
    assertThat(WorkingDays.holidays(2026))
        .contains(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 4, 3),
            LocalDate.of(2026, 4, 6),
            LocalDate.of(2026, 4, 27),
            LocalDate.of(2026, 5, 5),
            LocalDate.of(2026, 5, 14),
            LocalDate.of(2026, 5, 25),
            LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 26));
    assertThat(WorkingDays.holidays(2025))
        .as("King's Day on Sunday moves to Saturday")
        .contains(LocalDate.of(2025, 4, 26));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-11-27, 2026-11-30, 1", // Friday to Monday: one working day
    "2026-12-23, 2026-12-28, 2", // Christmas in between: 24th and 28th
    "2026-04-30, 2026-05-06, 3", // 5 May is a holiday: 1, 4, 6 May
    "2026-11-30, 2026-11-30, 0"
  })
  void countsWorkingDaysAfterTheStart(LocalDate from, LocalDate to, int days) {
    assertThat(WorkingDays.between(from, to)).isEqualTo(days);
  }

  @Test
  void theSignalTurnsCloseOnTheLastDayAndBreachedAfter() {
    LocalDate monday = LocalDate.of(2026, 11, 23);
    assertThat(NormSignal.of(ReferralStatus.RECEIVED, monday, monday.plusDays(1), 3))
        .isEqualTo(NormSignal.WITHIN);
    assertThat(NormSignal.of(ReferralStatus.RECEIVED, monday, monday.plusDays(2), 3))
        .isEqualTo(NormSignal.CLOSE);
    assertThat(NormSignal.of(ReferralStatus.SEEKING_CONTACT, monday, monday.plusDays(4), 3))
        .isEqualTo(NormSignal.BREACHED);
    assertThat(NormSignal.of(ReferralStatus.CONTACT_MADE, monday, monday.plusDays(30), 3))
        .isEqualTo(NormSignal.NOT_APPLICABLE);
  }
}
