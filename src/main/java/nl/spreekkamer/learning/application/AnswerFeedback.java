package nl.spreekkamer.learning.application;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import nl.spreekkamer.learning.domain.Option;
import nl.spreekkamer.learning.domain.Question;

/** Feedback right after answering: whether it was right, and every option with its explanation. */
public record AnswerFeedback(
    String questionId, boolean right, Set<String> chosen, List<OptionFeedback> options)
    implements Serializable {

  /** One option: correct or not, chosen or not, and why. */
  public record OptionFeedback(
      String key, String text, boolean correct, boolean chosen, String feedback)
      implements Serializable {}

  static AnswerFeedback of(Question question, Set<String> chosen, boolean right) {
    List<OptionFeedback> options =
        question.options().stream()
            .map(
                (Option o) ->
                    new OptionFeedback(
                        o.key(), o.text(), o.correct(), chosen.contains(o.key()), o.feedback()))
            .toList();
    return new AnswerFeedback(question.id(), right, chosen, options);
  }
}
