package nl.spreekkamer.learning.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.spreekkamer.platform.security.Role;

/**
 * An e-learning module as its content files describe it. Immutable; a changed module gets a new
 * {@code version}, and a completion records the version that was passed.
 */
public record Module(
    String id,
    String version,
    String title,
    String summary,
    int minutes,
    Set<Role> roles,
    int validMonths,
    int passMark,
    List<Lesson> lessons,
    List<Question> questions) {

  public static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{2,59}";

  public Module {
    roles = Set.copyOf(roles);
    lessons = List.copyOf(lessons);
    questions = List.copyOf(questions);
  }

  public Optional<Lesson> lesson(String lessonId) {
    return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
  }

  public Optional<Question> question(String questionId) {
    return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
  }

  /** Whether someone with these roles may take the module. */
  public boolean isFor(Set<Role> learnerRoles) {
    return learnerRoles.stream().anyMatch(roles::contains);
  }

  /** The last day a completion on {@code completedOn} counts. */
  public LocalDate expiresOn(LocalDate completedOn) {
    return completedOn.plusMonths(validMonths);
  }
}
