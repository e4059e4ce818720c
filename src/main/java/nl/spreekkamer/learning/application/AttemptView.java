package nl.spreekkamer.learning.application;

import java.io.Serializable;
import java.util.List;

/**
 * A test attempt as the learner sees it: the questions in this attempt's order, without the right
 * answers until a question is answered.
 */
public record AttemptView(
    long id,
    String moduleId,
    boolean submitted,
    int answered,
    int total,
    Integer score,
    Boolean passed,
    List<QuestionView> questions)
    implements Serializable {

  /** A question; {@code feedback} is set once it has been answered. */
  public record QuestionView(
      String id,
      String type,
      String storyHtml,
      String text,
      List<OptionView> options,
      AnswerFeedback feedback)
      implements Serializable {}

  /** An option without its correctness. */
  public record OptionView(String key, String text) implements Serializable {}
}
