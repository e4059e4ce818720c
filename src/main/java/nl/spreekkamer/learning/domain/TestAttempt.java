package nl.spreekkamer.learning.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;

/**
 * One try at a module's final test: the questions in their shuffled order, the answers given (each
 * once, with immediate feedback), and on submission the score and whether it passed.
 */
@Entity
@Table(name = "TEST_ATTEMPT")
public class TestAttempt {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "testAttemptIds")
  @TableGenerator(
      name = "testAttemptIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "TEST_ATTEMPT",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "ENROLMENT_ID", nullable = false)
  private long enrolmentId;

  @Column(name = "REGISTRATION", length = 36, nullable = false)
  private String registration;

  @Column(name = "MODULE_VERSION", length = 20, nullable = false)
  private String moduleVersion;

  @Column(name = "QUESTION_ORDER", length = 4000, nullable = false)
  private String questionOrder;

  @Column(name = "STARTED_AT", nullable = false)
  private Instant startedAt;

  @Column(name = "SUBMITTED_AT")
  private Instant submittedAt;

  @Column(name = "SCORE")
  private Integer score;

  @Column(name = "PASSED")
  private Boolean passed;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "ATTEMPT_ANSWER", joinColumns = @JoinColumn(name = "ATTEMPT_ID"))
  private List<AttemptAnswer> answers = new ArrayList<>();

  protected TestAttempt() {}

  public TestAttempt(Enrolment enrolment, Module module, Random random, Instant now) {
    this.enrolmentId = enrolment.id();
    this.registration = enrolment.registration();
    this.moduleVersion = module.version();
    List<String> ids = new ArrayList<>(module.questions().stream().map(Question::id).toList());
    Collections.shuffle(ids, random);
    this.questionOrder = String.join(",", ids);
    this.startedAt = now;
  }

  /** The question ids in the order this attempt shows them. */
  public List<String> questionOrder() {
    return Arrays.asList(questionOrder.split(","));
  }

  /**
   * Records the learner's answer to one question; a question is answered once.
   *
   * @return whether the answer is right
   */
  public boolean answer(Module module, String questionId, Set<String> chosen, Instant now) {
    requireOpen();
    Question question =
        module
            .question(questionId)
            .filter(q -> questionOrder().contains(q.id()))
            .orElseThrow(() -> new ResourceNotFoundException("notFound.question", questionId));
    if (answer(questionId).isPresent()) {
      throw new ConflictException("questionId", "validation.test.answered");
    }
    if (chosen == null || chosen.isEmpty()) {
      throw new InvalidInputException("options", "validation.test.choose");
    }
    if (!question.allowsSeveral() && chosen.size() != 1) {
      throw new InvalidInputException("options", "validation.test.chooseOne");
    }
    for (String key : chosen) {
      if (question.option(key).isEmpty()) {
        throw new InvalidInputException("options", "validation.test.option", key);
      }
    }
    boolean right = question.isRight(chosen);
    answers.add(new AttemptAnswer(questionId, chosen, right, now));
    return right;
  }

  /** Scores the attempt once every question is answered. */
  public void submit(int passMark, Instant now) {
    requireOpen();
    int open = questionOrder().size() - answers.size();
    if (open > 0) {
      throw new InvalidInputException("answers", "validation.test.unanswered", open);
    }
    score = (int) Math.round(rightCount() * 100.0 / answers.size());
    passed = score >= passMark;
    submittedAt = now;
  }

  private void requireOpen() {
    if (isSubmitted()) {
      throw new ConflictException("attempt", "validation.test.submitted");
    }
  }

  public Optional<AttemptAnswer> answer(String questionId) {
    return answers.stream().filter(a -> a.questionId().equals(questionId)).findFirst();
  }

  public boolean isSubmitted() {
    return submittedAt != null;
  }

  public boolean isPassed() {
    return Boolean.TRUE.equals(passed);
  }

  /** Time from start to submission (or to now while open). */
  public Duration duration(Instant now) {
    return Duration.between(startedAt, submittedAt == null ? now : submittedAt);
  }

  public Long id() {
    return id;
  }

  public long enrolmentId() {
    return enrolmentId;
  }

  public String registration() {
    return registration;
  }

  public String moduleVersion() {
    return moduleVersion;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Integer score() {
    return score;
  }

  public int rightCount() {
    return (int) answers.stream().filter(AttemptAnswer::isRight).count();
  }

  public int answeredCount() {
    return answers.size();
  }
}
