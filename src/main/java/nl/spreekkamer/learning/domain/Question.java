package nl.spreekkamer.learning.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A question of a module's final test. {@code storyHtml} is only set for case questions. */
public record Question(
    String id, QuestionType type, String storyHtml, String text, List<Option> options) {

  public Question {
    options = List.copyOf(options);
  }

  public Set<String> correctKeys() {
    return options.stream().filter(Option::correct).map(Option::key).collect(Collectors.toSet());
  }

  /** Right when exactly the correct options are chosen. */
  public boolean isRight(Set<String> chosen) {
    return correctKeys().equals(chosen);
  }

  public Optional<Option> option(String key) {
    return options.stream().filter(o -> o.key().equals(key)).findFirst();
  }

  /** Single and case questions take one option; multiple-choice questions one or more. */
  public boolean allowsSeveral() {
    return type == QuestionType.MULTIPLE;
  }
}
