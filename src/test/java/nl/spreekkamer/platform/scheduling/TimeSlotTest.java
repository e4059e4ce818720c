package nl.spreekkamer.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeSlotTest {
  @Test
  void momentsInOneHourShareTheSlotAndTheNextHourStartsANewOne() {
    Duration hour = Duration.ofHours(1);
    TimeSlot first = TimeSlot.containing(Instant.parse("2026-12-01T09:00:00Z"), hour);
    assertThat(TimeSlot.containing(Instant.parse("2026-12-01T09:59:59.999Z"), hour))
        .isEqualTo(first);
    assertThat(first.start()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
    assertThat(TimeSlot.containing(Instant.parse("2026-12-01T10:00:00Z"), hour).start())
        .isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
  }

  @Test
  void slotsOfSecondsForTheClusterTest() {
    TimeSlot slot =
        TimeSlot.containing(Instant.parse("2026-12-01T09:00:07.5Z"), Duration.ofSeconds(3));
    assertThat(slot.start()).isEqualTo(Instant.parse("2026-12-01T09:00:06Z"));
  }

  @Test
  void aSlotNeedsALength() {
    assertThatThrownBy(() -> TimeSlot.containing(Instant.EPOCH, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
