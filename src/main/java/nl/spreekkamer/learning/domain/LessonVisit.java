package nl.spreekkamer.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A lesson the learner has opened: when first, and the seconds spent in it so far. */
@Embeddable
public class LessonVisit {
  @Column(name = "LESSON_ID", length = 60, nullable = false)
  private String lessonId;

  @Column(name = "FIRST_SEEN_AT", nullable = false)
  private Instant firstSeenAt;

  @Column(name = "SECONDS_SPENT", nullable = false)
  private int seconds;

  protected LessonVisit() {}

  LessonVisit(String lessonId, Instant firstSeenAt) {
    this.lessonId = lessonId;
    this.firstSeenAt = firstSeenAt;
  }

  void add(int moreSeconds) {
    seconds += moreSeconds;
  }

  public String lessonId() {
    return lessonId;
  }

  public Instant firstSeenAt() {
    return firstSeenAt;
  }

  public int seconds() {
    return seconds;
  }
}
