package nl.spreekkamer.referral.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.referral.domain.ReferralStatus;
import nl.spreekkamer.referral.domain.TaskFilter;
import org.junit.jupiter.api.Test;

class FhirTaskSearchTest {
  private static FhirSearch parse(Map<String, List<String>> query) {
    return FhirTaskSearch.parse(query, false);
  }

  @Test
  void aDayIsTheWholeDutchDayAndThePrefixSaysWhichSideOfIt() {
    Instant start = Instant.parse("2026-12-03T23:00:00Z"); // 4 December, 00:00 in Amsterdam
    Instant end = Instant.parse("2026-12-04T23:00:00Z");
    FhirSearch eq = parse(Map.of("_lastUpdated", List.of("2026-12-04")));
    assertThat(eq.updatedFrom()).isEqualTo(start);
    assertThat(eq.updatedBefore()).isEqualTo(end);
    assertThat(parse(Map.of("_lastUpdated", List.of("gt2026-12-04"))).updatedFrom()).isEqualTo(end);
    assertThat(parse(Map.of("_lastUpdated", List.of("ge2026-12-04"))).updatedFrom())
        .isEqualTo(start);
    assertThat(parse(Map.of("_lastUpdated", List.of("lt2026-12-04"))).updatedBefore())
        .isEqualTo(start);
    assertThat(parse(Map.of("_lastUpdated", List.of("le2026-12-04"))).updatedBefore())
        .isEqualTo(end);
  }

  @Test
  void anInstantStandsForItsSecondOrMillisecondAndTwoBoundsMakeAPeriod() {
    FhirSearch after = parse(Map.of("_lastUpdated", List.of("gt2026-12-04T10:15:30+01:00")));
    assertThat(after.updatedFrom()).isEqualTo(Instant.parse("2026-12-04T09:15:31Z"));
    FhirSearch precise = parse(Map.of("_lastUpdated", List.of("gt2026-12-04T09:15:30.250Z")));
    assertThat(precise.updatedFrom()).isEqualTo(Instant.parse("2026-12-04T09:15:30.251Z"));
    FhirSearch period =
        parse(Map.of("_lastUpdated", List.of("ge2026-12-01", "lt2026-12-02", "ge2026-11-01")));
    assertThat(period.updatedFrom()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
    assertThat(period.updatedBefore()).isEqualTo(Instant.parse("2026-12-01T23:00:00Z"));
  }

  @Test
  void aCommaIsOrARepeatIsAndAndCodesMapOnTheLifeCycle() {
    FhirSearch open = parse(Map.of("status", List.of("received,in-progress")));
    assertThat(open.statuses())
        .contains(ReferralStatus.RECEIVED, ReferralStatus.CONTACT_MADE)
        .doesNotContain(ReferralStatus.CLOSED, ReferralStatus.WITHDRAWN);
    FhirSearch both = parse(Map.of("status", List.of("received,completed", "completed")));
    assertThat(both.statuses()).containsExactly(ReferralStatus.CLOSED);
    assertThat(parse(Map.of("status", List.of("on-hold"))).statuses()).isEmpty();
    assertThat(parse(Map.of("priority", List.of("urgent"))).urgent()).containsExactly(true);
    assertThat(parse(Map.of("priority", List.of("stat"))).urgent()).isEmpty();
    assertThat(parse(Map.of()).statuses()).isNull();
  }

  @Test
  void countSortAndCursor() {
    assertThat(parse(Map.of()).count()).isEqualTo(20);
    assertThat(parse(Map.of("_count", List.of("500"))).count()).isEqualTo(100);
    assertThat(parse(Map.of("_count", List.of("0"))).count()).isZero();
    assertThat(parse(Map.of("_sort", List.of("-_lastUpdated"))).newestFirst()).isTrue();
    TaskFilter.Cursor cursor = new TaskFilter.Cursor(Instant.parse("2026-12-04T09:15:30.250Z"), 42);
    assertThat(parse(Map.of("_cursor", List.of(FhirTaskSearch.cursor(cursor)))).after())
        .isEqualTo(cursor);
  }

  @Test
  void unknownParametersAndUnreadableValuesAreRefusedUnlessLenient() {
    assertThatThrownBy(() -> parse(Map.of("subject", List.of("Patient/1"))))
        .isInstanceOf(InvalidInputException.class);
    assertThat(FhirTaskSearch.parse(Map.of("subject", List.of("Patient/1")), true).count())
        .isEqualTo(20);
    assertThat(parse(Map.of("_format", List.of("json"))).count()).isEqualTo(20);
    for (Map<String, List<String>> bad :
        List.of(
            Map.of("_lastUpdated", List.of("gisteren")),
            Map.of("_lastUpdated", List.of("2026-13-45")),
            Map.of("_lastUpdated", List.of("ap2026-12-04")),
            Map.of("status", List.of("open")),
            Map.of("status", List.of("")),
            Map.of("_count", List.of("-1")),
            Map.of("_sort", List.of("status")),
            Map.of("_cursor", List.of("12;DROP")))) {
      assertThatThrownBy(() -> parse(bad)).as("%s", bad).isInstanceOf(InvalidInputException.class);
    }
  }
}
