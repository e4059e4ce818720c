package nl.spreekkamer.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The pause between attempts doubles from the first up to the longest. */
class MailJobTest {
  @Test
  void thePauseDoublesUpToTheLongest() {
    MailJob job = new MailJob();
    job.firstRetry = Duration.ofSeconds(30);
    job.longestRetry = Duration.ofHours(1);
    assertThat(job.pause(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(job.pause(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(job.pause(3)).isEqualTo(Duration.ofMinutes(2));
    assertThat(job.pause(7)).isEqualTo(Duration.ofMinutes(32));
    assertThat(job.pause(8))
        .as("64 minutes is more than the longest")
        .isEqualTo(Duration.ofHours(1));
    assertThat(job.pause(30)).isEqualTo(Duration.ofHours(1));
    Duration total = Duration.ZERO;
    for (int i = 1; i < 30; i++) {
      total = total.plus(job.pause(i));
    }
    assertThat(total)
        .as("a mail is tried for about a day")
        .isBetween(Duration.ofHours(20), Duration.ofHours(30));
  }
}
