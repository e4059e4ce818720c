package nl.spreekkamer.learning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.spreekkamer.learning.domain.Enrolment;
import nl.spreekkamer.learning.domain.EnrolmentRepository;
import nl.spreekkamer.learning.domain.Lesson;
import nl.spreekkamer.learning.domain.Module;
import nl.spreekkamer.learning.domain.ModuleCatalogue;
import nl.spreekkamer.learning.domain.ModuleCompleted;
import nl.spreekkamer.learning.domain.Question;
import nl.spreekkamer.learning.domain.TestAttempt;
import nl.spreekkamer.learning.domain.TestAttemptRepository;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.platform.ClockProducer;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.security.Role;
import nl.spreekkamer.platform.security.Roles;

/**
 * The learner's side of the e-learning: the course list, lessons, progress, and the final test.
 * Learners only see modules for their roles; a module for another role is "not found".
 */
@Stateless
@RolesAllowed({Roles.HUISARTS, Roles.POH, Roles.ASSISTENT, Roles.PRAKTIJKMANAGER})
public class LearningService {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Caller caller;
  @Inject ModuleCatalogue catalogue;
  @Inject EnrolmentRepository enrolments;
  @Inject TestAttemptRepository attempts;
  @Inject LearningRecords records;
  @Inject Event<ModuleCompleted> completed;
  @Inject Clock clock;

  /** The modules for the caller's roles, with the caller's status in each. */
  public List<ModuleSummary> modules() {
    List<ModuleSummary> list = new ArrayList<>();
    for (Module module : catalogue.all()) {
      if (module.isFor(caller.roles())) {
        list.add(summary(module, enrolments.find(caller.accountId(), module.id())));
      }
    }
    return list;
  }

  public ModuleDetail module(String moduleId) {
    Module module = module(moduleId, caller.roles());
    Optional<Enrolment> enrolment = enrolments.find(caller.accountId(), moduleId);
    List<TestAttempt> tries =
        enrolment.map(e -> attempts.ofRegistration(e.registration())).orElse(List.of());
    List<ModuleDetail.LessonItem> lessons =
        module.lessons().stream()
            .map(
                l ->
                    new ModuleDetail.LessonItem(
                        l.id(),
                        l.title(),
                        l.minutes(),
                        enrolment.map(e -> e.hasSeen(l.id())).orElse(false),
                        l.cases().size()))
            .toList();
    return new ModuleDetail(
        summary(module, enrolment),
        module.passMark(),
        lessons,
        enrolment.map(e -> e.resumeLessonId(module)).orElse(module.lessons().get(0).id()),
        enrolment.map(Enrolment::secondsSpent).orElse(0),
        tries.stream().anyMatch(TestAttempt::isPassed),
        tries.stream()
            .filter(TestAttempt::isSubmitted)
            .map(TestAttempt::score)
            .max(Integer::compare)
            .orElse(null),
        tries.size(),
        tries.stream().filter(a -> !a.isSubmitted()).map(TestAttempt::id).findFirst().orElse(null));
  }

  /** An image of a module the caller may take. */
  public byte[] media(String moduleId, String name) {
    module(moduleId, caller.roles());
    return catalogue
        .media(moduleId, name)
        .orElseThrow(() -> new ResourceNotFoundException("notFound.media", name));
  }

  /** A lesson to read; reading is recorded separately by {@link #recordVisit}. */
  public LessonDetail lesson(String moduleId, String lessonId) {
    Module module = module(moduleId, caller.roles());
    List<Lesson> lessons = module.lessons();
    for (int i = 0; i < lessons.size(); i++) {
      if (lessons.get(i).id().equals(lessonId)) {
        return LessonDetail.of(moduleId, lessons, i);
      }
    }
    throw new ResourceNotFoundException("notFound.lesson", lessonId);
  }

  /** The learner opened a lesson: the module resumes there next time. */
  public ModuleDetail openLesson(String moduleId, String lessonId) {
    Module module = module(moduleId, caller.roles());
    Lesson lesson =
        module
            .lesson(lessonId)
            .orElseThrow(() -> new ResourceNotFoundException("notFound.lesson", lessonId));
    enrol(module).open(module, lesson.id());
    return module(moduleId);
  }

  /** The learner spent {@code seconds} in a lesson: marks it seen and adds the time. */
  public ModuleDetail recordVisit(String moduleId, String lessonId, int seconds) {
    Module module = module(moduleId, caller.roles());
    Lesson lesson =
        module
            .lesson(lessonId)
            .orElseThrow(() -> new ResourceNotFoundException("notFound.lesson", lessonId));
    Enrolment enrolment = enrol(module);
    Instant now = clock.instant();
    if (enrolment.visit(module, lesson.id(), seconds, now)) {
      boolean passed = testPassed(enrolment);
      records.progressed(enrolment, module, lesson, enrolment.progressPercent(module, passed));
      completeIfDone(enrolment, module, passed, null);
    }
    return module(moduleId);
  }

  /** Starts the module again after it expired (or to refresh it). */
  public ModuleDetail restart(String moduleId) {
    Module module = module(moduleId, caller.roles());
    Enrolment enrolment = enrol(module);
    enrolment.restart(module, clock.instant());
    records.initialized(enrolment, module);
    return module(moduleId);
  }

  /** The open attempt at the test, or a new one with the questions shuffled. */
  public AttemptView startAttempt(String moduleId) {
    Module module = module(moduleId, caller.roles());
    Enrolment enrolment = enrol(module);
    TestAttempt attempt =
        attempts.ofRegistration(enrolment.registration()).stream()
            .filter(a -> !a.isSubmitted() && a.moduleVersion().equals(module.version()))
            .findFirst()
            .orElseGet(
                () -> {
                  TestAttempt fresh = new TestAttempt(enrolment, module, RANDOM, clock.instant());
                  attempts.add(fresh);
                  return fresh;
                });
    return view(module, attempt);
  }

  public AttemptView attempt(String moduleId, long attemptId) {
    Module module = module(moduleId, caller.roles());
    return view(module, ownAttempt(module, attemptId).attempt());
  }

  /** Answers one question and gives the feedback at once. */
  public AnswerFeedback answer(
      String moduleId, long attemptId, String questionId, Set<String> chosen) {
    Module module = module(moduleId, caller.roles());
    TestAttempt attempt = ownAttempt(module, attemptId).attempt();
    boolean right = attempt.answer(module, questionId, chosen, clock.instant());
    Question question = module.question(questionId).orElseThrow();
    return AnswerFeedback.of(question, Set.copyOf(chosen), right);
  }

  /** Scores the attempt; a pass completes the module when every lesson has been seen. */
  public AttemptResult submit(String moduleId, long attemptId) {
    Module module = module(moduleId, caller.roles());
    Owned owned = ownAttempt(module, attemptId);
    TestAttempt attempt = owned.attempt();
    attempt.submit(module.passMark(), clock.instant());
    records.scored(owned.enrolment(), module, attempt);
    boolean nowCompleted =
        completeIfDone(owned.enrolment(), module, attempt.isPassed(), attempt.score());
    long seen = module.lessons().stream().filter(l -> owned.enrolment().hasSeen(l.id())).count();
    return new AttemptResult(
        attempt.id(),
        attempt.score(),
        module.passMark(),
        attempt.isPassed(),
        attempt.rightCount(),
        module.questions().size(),
        nowCompleted || owned.enrolment().isCompleted(),
        (int) (module.lessons().size() - seen));
  }

  private boolean completeIfDone(
      Enrolment enrolment, Module module, boolean passed, Integer score) {
    if (!enrolment.completeIfDone(module, passed, clock.instant())) {
      return false;
    }
    records.completed(enrolment, module);
    int best =
        score != null
            ? score
            : attempts.ofRegistration(enrolment.registration()).stream()
                .filter(TestAttempt::isPassed)
                .mapToInt(TestAttempt::score)
                .max()
                .orElse(0);
    completed.fire(
        new ModuleCompleted(
            enrolment.id(),
            enrolment.accountId(),
            module.id(),
            module.version(),
            module.title(),
            best,
            enrolment.completedAt()));
    return true;
  }

  private boolean testPassed(Enrolment enrolment) {
    return attempts.ofRegistration(enrolment.registration()).stream()
        .anyMatch(TestAttempt::isPassed);
  }

  private Enrolment enrol(Module module) {
    return enrolments
        .find(caller.accountId(), module.id())
        .orElseGet(
            () -> {
              Enrolment fresh = new Enrolment(caller.accountId(), module, clock.instant());
              enrolments.add(fresh);
              records.initialized(fresh, module);
              return fresh;
            });
  }

  private record Owned(Enrolment enrolment, TestAttempt attempt) {}

  /** An attempt of the caller at this module; anything else is "not found". */
  private Owned ownAttempt(Module module, long attemptId) {
    Enrolment enrolment =
        enrolments
            .find(caller.accountId(), module.id())
            .orElseThrow(() -> new ResourceNotFoundException("notFound.attempt", attemptId));
    TestAttempt attempt =
        attempts
            .find(attemptId)
            .filter(a -> a.enrolmentId() == enrolment.id())
            .orElseThrow(() -> new ResourceNotFoundException("notFound.attempt", attemptId));
    return new Owned(enrolment, attempt);
  }

  private AttemptView view(Module module, TestAttempt attempt) {
    List<AttemptView.QuestionView> questions = new ArrayList<>();
    for (String id : attempt.questionOrder()) {
      Optional<Question> found = module.question(id);
      if (found.isEmpty()) {
        continue;
      }
      Question q = found.get();
      AnswerFeedback feedback =
          attempt.answer(id).map(a -> AnswerFeedback.of(q, a.chosen(), a.isRight())).orElse(null);
      questions.add(
          new AttemptView.QuestionView(
              q.id(),
              q.type().name(),
              q.storyHtml(),
              q.text(),
              q.options().stream().map(o -> new AttemptView.OptionView(o.key(), o.text())).toList(),
              feedback));
    }
    return new AttemptView(
        attempt.id(),
        module.id(),
        attempt.isSubmitted(),
        attempt.answeredCount(),
        questions.size(),
        attempt.score(),
        attempt.isSubmitted() ? attempt.isPassed() : null,
        questions);
  }

  private Module module(String moduleId, Set<Role> roles) {
    return catalogue
        .find(moduleId)
        .filter(m -> m.isFor(roles))
        .orElseThrow(() -> new ResourceNotFoundException("notFound.module", moduleId));
  }

  private ModuleSummary summary(Module module, Optional<Enrolment> enrolment) {
    LearningStatus status =
        LearningStatus.of(enrolment, module, LocalDate.now(clock.withZone(ClockProducer.ZONE)));
    LocalDate completedOn = null;
    LocalDate expiresOn = null;
    int progress = 0;
    String completedVersion = null;
    if (enrolment.isPresent()) {
      Enrolment e = enrolment.get();
      progress = e.progressPercent(module, testPassed(e));
      if (e.isCompleted()) {
        completedOn = LocalDate.ofInstant(e.completedAt(), ClockProducer.ZONE);
        expiresOn = module.expiresOn(completedOn);
        completedVersion = e.moduleVersion();
      }
    }
    return new ModuleSummary(
        module.id(),
        module.title(),
        module.summary(),
        module.version(),
        module.minutes(),
        module.lessons().size(),
        module.questions().size(),
        status,
        progress,
        completedVersion,
        completedOn,
        expiresOn);
  }
}
