package nl.spreekkamer.accreditation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

class AccreditationTest {
  static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  static final LocalDate UNTIL = LocalDate.of(2027, 12, 31);

  static Accreditation.Terms terms(String activity, String points, LocalDate from, LocalDate to) {
    return new Accreditation.Terms(
        activity, points == null ? null : new BigDecimal(points), from, to);
  }

  @Test
  void validWithinItsPeriodOnly() {
    Accreditation a = new Accreditation("m", Registry.ABC1, terms("ABC1-1", "1", FROM, UNTIL));
    assertThat(a.isValidOn(FROM)).isTrue();
    assertThat(a.isValidOn(UNTIL)).isTrue();
    assertThat(a.isValidOn(UNTIL.plusDays(1))).isFalse();
    assertThat(a.points()).isEqualByComparingTo("1.0");
  }

  @Test
  void refusesBadTermsNamingTheField() {
    assertField(() -> new Accreditation("m", null, terms("A", "1", FROM, UNTIL)), "registry");
    assertField(
        () -> new Accreditation("m", Registry.ABC1, terms(" ", "1", FROM, UNTIL)), "activityId");
    assertField(
        () -> new Accreditation("m", Registry.ABC1, terms("A;DROP", "1", FROM, UNTIL)),
        "activityId");
    assertField(
        () -> new Accreditation("m", Registry.ABC1, terms("A", "0", FROM, UNTIL)), "points");
    assertField(
        () -> new Accreditation("m", Registry.ABC1, terms("A", "41", FROM, UNTIL)), "points");
    assertField(
        () -> new Accreditation("m", Registry.ABC1, terms("A", "1.25", FROM, UNTIL)), "points");
    assertField(
        () -> new Accreditation("m", Registry.ABC1, terms("A", "1", UNTIL, FROM)), "validUntil");
  }

  @Test
  void aRecordIsReportedOnceAndCanBeRejectedAndReopened() {
    Accreditation a = new Accreditation("m", Registry.KABIZ, terms("K-1", "0.5", FROM, UNTIL));
    AccreditationRecord record = new AccreditationRecord(1, 2, a, FROM);
    assertThat(record.status()).isEqualTo(RecordStatus.EARNED);
    assertThatThrownBy(() -> record.rejected(Instant.now())).isInstanceOf(ConflictException.class);
    record.reported(Instant.now());
    assertThatThrownBy(() -> record.reported(Instant.now())).isInstanceOf(ConflictException.class);
    record.rejected(Instant.now());
    record.reopen();
    assertThat(record.status()).isEqualTo(RecordStatus.EARNED);
    assertThat(record.reportedAt()).isNull();
  }

  private static void assertField(Runnable action, String field) {
    assertThatThrownBy(action::run)
        .isInstanceOf(InvalidInputException.class)
        .extracting("field")
        .isEqualTo(field);
  }
}
