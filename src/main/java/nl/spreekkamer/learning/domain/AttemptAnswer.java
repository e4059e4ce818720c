package nl.spreekkamer.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** The options a learner chose for one question in one attempt, and whether that was right. */
@Embeddable
public class AttemptAnswer {
  @Column(name = "QUESTION_ID", length = 60, nullable = false)
  private String questionId;

  /** The chosen option keys, sorted and comma separated, e.g. {@code a,c}. */
  @Column(name = "CHOSEN", length = 20, nullable = false)
  private String chosen;

  @Column(name = "IS_RIGHT", nullable = false)
  private boolean right;

  @Column(name = "ANSWERED_AT", nullable = false)
  private Instant answeredAt;

  protected AttemptAnswer() {}

  AttemptAnswer(String questionId, Set<String> chosen, boolean right, Instant answeredAt) {
    this.questionId = questionId;
    this.chosen = String.join(",", new TreeSet<>(chosen));
    this.right = right;
    this.answeredAt = answeredAt;
  }

  public String questionId() {
    return questionId;
  }

  public Set<String> chosen() {
    return new TreeSet<>(Arrays.asList(chosen.split(",")));
  }

  public boolean isRight() {
    return right;
  }

  public Instant answeredAt() {
    return answeredAt;
  }
}
