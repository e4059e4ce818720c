package nl.spreekkamer.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.security.Role;
import org.junit.jupiter.api.Test;

class TestAttemptTest {
  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  static Module module() {
    List<Question> questions =
        List.of(
            new Question(
                "een",
                QuestionType.SINGLE,
                null,
                "?",
                List.of(new Option("a", "A", true, "ja"), new Option("b", "B", false, "nee"))),
            new Question(
                "twee",
                QuestionType.MULTIPLE,
                null,
                "?",
                List.of(
                    new Option("a", "A", true, "ja"),
                    new Option("b", "B", true, "ja"),
                    new Option("c", "C", false, "nee"))),
            new Question(
                "drie",
                QuestionType.SINGLE,
                null,
                "?",
                List.of(new Option("a", "A", false, "nee"), new Option("b", "B", true, "ja"))));
    List<Lesson> lessons =
        List.of(
            new Lesson("l1", "L1", 5, "<p>1</p>", List.of()),
            new Lesson("l2", "L2", 5, "<p>2</p>", List.of()));
    return new Module("m", "1", "M", "s", 20, Set.of(Role.POH), 24, 70, lessons, questions);
  }

  static Enrolment enrolment(Module module) {
    Enrolment enrolment = new Enrolment(7, module, NOW);
    try {
      Field id = Enrolment.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(enrolment, 3L);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return enrolment;
  }

  @Test
  void scoresExactlyTheCorrectSetAndPassesAtThePassMark() {
    Module module = module();
    TestAttempt attempt = new TestAttempt(enrolment(module), module, new Random(1), NOW);
    assertThat(attempt.questionOrder()).containsExactlyInAnyOrder("een", "twee", "drie");
    assertThat(attempt.answer(module, "een", Set.of("a"), NOW)).isTrue();
    assertThat(attempt.answer(module, "twee", Set.of("a"), NOW)).as("only one of two").isFalse();
    assertThat(attempt.answer(module, "drie", Set.of("b"), NOW)).isTrue();
    attempt.submit(70, NOW.plusSeconds(300));
    assertThat(attempt.score()).isEqualTo(67);
    assertThat(attempt.isPassed()).isFalse();
    assertThat(attempt.duration(NOW).getSeconds()).isEqualTo(300);
  }

  @Test
  void refusesWhatTheLearnerCannotDo() {
    Module module = module();
    TestAttempt attempt = new TestAttempt(enrolment(module), module, new Random(2), NOW);
    assertThatThrownBy(() -> attempt.answer(module, "vier", Set.of("a"), NOW))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> attempt.answer(module, "een", Set.of("a", "b"), NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> attempt.answer(module, "een", Set.of("x"), NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> attempt.answer(module, "een", Set.of(), NOW))
        .isInstanceOf(InvalidInputException.class);
    attempt.answer(module, "een", Set.of("a"), NOW);
    assertThatThrownBy(() -> attempt.answer(module, "een", Set.of("a"), NOW))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> attempt.submit(70, NOW)).isInstanceOf(InvalidInputException.class);
    attempt.answer(module, "twee", Set.of("a", "b"), NOW);
    attempt.answer(module, "drie", Set.of("b"), NOW);
    attempt.submit(70, NOW);
    assertThat(attempt.isPassed()).isTrue();
    assertThatThrownBy(() -> attempt.submit(70, NOW)).isInstanceOf(ConflictException.class);
  }

  @Test
  void completionNeedsEveryLessonAndAPassedTest() {
    Module module = module();
    Enrolment enrolment = enrolment(module);
    assertThat(enrolment.visit(module, "l1", 60, NOW)).isTrue();
    assertThat(enrolment.visit(module, "l1", 30, NOW)).as("second visit").isFalse();
    assertThat(enrolment.secondsSpent()).isEqualTo(90);
    assertThat(enrolment.progressPercent(module, false)).isEqualTo(33);
    assertThat(enrolment.completeIfDone(module, true, NOW)).as("lesson 2 unseen").isFalse();
    enrolment.visit(module, "l2", 10, NOW);
    assertThat(enrolment.resumeLessonId(module)).isEqualTo("l2");
    assertThat(enrolment.completeIfDone(module, false, NOW)).as("test not passed").isFalse();
    assertThat(enrolment.completeIfDone(module, true, NOW)).isTrue();
    assertThat(enrolment.completeIfDone(module, true, NOW)).as("once").isFalse();
    assertThat(enrolment.progressPercent(module, true)).isEqualTo(100);
    assertThatThrownBy(() -> enrolment.visit(module, "l1", Enrolment.MAX_SECONDS_PER_STEP + 1, NOW))
        .isInstanceOf(InvalidInputException.class);
    String registration = enrolment.registration();
    enrolment.restart(module, NOW);
    assertThat(enrolment.isCompleted()).isFalse();
    assertThat(enrolment.registration()).isNotEqualTo(registration);
    assertThat(enrolment.hasSeen("l1")).isFalse();
  }

  @Test
  void comingBackResumesAtTheLessonThatWasOpenNotTheLastOneRead() {
    Module module = module();
    Enrolment enrolment = enrolment(module);
    assertThat(enrolment.resumeLessonId(module)).isEqualTo("l1");
    enrolment.visit(module, "l1", 60, NOW);
    enrolment.open(module, "l2");
    assertThat(enrolment.resumeLessonId(module)).isEqualTo("l2");
    assertThat(enrolment.hasSeen("l2")).as("opening is not reading").isFalse();
    assertThat(enrolment.progressPercent(module, false)).isEqualTo(33);
    assertThatThrownBy(() -> enrolment.open(module, "l9"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
