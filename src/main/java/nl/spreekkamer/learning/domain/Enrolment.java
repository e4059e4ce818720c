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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.spreekkamer.platform.errors.InvalidInputException;

/**
 * One learner's way through one module: the lessons seen, the time spent, where to resume, and
 * whether the module is completed. Completion needs every lesson seen and a passed test.
 */
@Entity
@Table(name = "ENROLMENT")
public class Enrolment {
  /** Time reported in one step is capped, so a tab left open does not count as study time. */
  public static final int MAX_SECONDS_PER_STEP = 30 * 60;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "enrolmentIds")
  @TableGenerator(
      name = "enrolmentIds",
      table = "ID_GENERATOR",
      pkColumnName = "NAME",
      valueColumnName = "NEXT_VALUE",
      pkColumnValue = "ENROLMENT",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "ACCOUNT_ID", nullable = false)
  private long accountId;

  @Column(name = "MODULE_ID", length = 60, nullable = false)
  private String moduleId;

  @Column(name = "MODULE_VERSION", length = 20, nullable = false)
  private String moduleVersion;

  /** The xAPI/cmi5 registration: one id for this learner's attempt at this module. */
  @Column(name = "REGISTRATION", length = 36, nullable = false)
  private String registration;

  @Column(name = "STARTED_AT", nullable = false)
  private Instant startedAt;

  @Column(name = "LAST_LESSON_ID", length = 60)
  private String lastLessonId;

  @Column(name = "COMPLETED_AT")
  private Instant completedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "ENROLMENT_LESSON", joinColumns = @JoinColumn(name = "ENROLMENT_ID"))
  private List<LessonVisit> visits = new ArrayList<>();

  protected Enrolment() {}

  public Enrolment(long accountId, Module module, Instant now) {
    this.accountId = accountId;
    this.moduleId = module.id();
    this.moduleVersion = module.version();
    this.registration = UUID.randomUUID().toString();
    this.startedAt = now;
  }

  /**
   * The learner spent {@code seconds} in a lesson.
   *
   * @return whether this was the first visit of the lesson
   */
  public boolean visit(Module module, String lessonId, int seconds, Instant now) {
    requireModule(module);
    if (seconds < 0 || seconds > MAX_SECONDS_PER_STEP) {
      throw new InvalidInputException("seconds", "validation.between", 0, MAX_SECONDS_PER_STEP);
    }
    Optional<LessonVisit> earlier = visit(lessonId);
    LessonVisit visit = earlier.orElseGet(() -> new LessonVisit(lessonId, now));
    if (earlier.isEmpty()) {
      visits.add(visit);
    }
    visit.add(seconds);
    lastLessonId = lessonId;
    return earlier.isEmpty();
  }

  /**
   * The learner opened a lesson: coming back resumes there, also when the learner left before
   * moving on. Opening does not make the lesson seen; only reading it ({@link #visit}) does.
   */
  public void open(Module module, String lessonId) {
    requireModule(module);
    if (module.lesson(lessonId).isEmpty()) {
      throw new IllegalArgumentException("No lesson " + lessonId + " in module " + module.id());
    }
    lastLessonId = lessonId;
  }

  /** Whether every lesson of the module is seen. */
  public boolean allLessonsSeen(Module module) {
    return module.lessons().stream().allMatch(l -> visit(l.id()).isPresent());
  }

  /**
   * Completes the module when every lesson is seen and the test was passed.
   *
   * @return whether the module became completed by this call
   */
  public boolean completeIfDone(Module module, boolean testPassed, Instant now) {
    if (isCompleted() || !testPassed || !allLessonsSeen(module)) {
      return false;
    }
    completedAt = now;
    moduleVersion = module.version();
    return true;
  }

  /**
   * Starts the module afresh, e.g. when a completion has expired: lessons and test count again
   * under a new registration. The certificate of the earlier completion stays valid until it
   * expires.
   */
  public void restart(Module module, Instant now) {
    requireModule(module);
    visits.clear();
    lastLessonId = null;
    completedAt = null;
    moduleVersion = module.version();
    registration = UUID.randomUUID().toString();
    startedAt = now;
  }

  /** Progress in percent: the lessons seen and the passed test, each one step. */
  public int progressPercent(Module module, boolean testPassed) {
    if (isCompleted()) {
      return 100;
    }
    long seen = module.lessons().stream().filter(l -> visit(l.id()).isPresent()).count();
    int steps = module.lessons().size() + 1;
    return (int) ((seen + (testPassed ? 1 : 0)) * 100 / steps);
  }

  /** The lesson to open when the learner comes back: the last one opened, or the first. */
  public String resumeLessonId(Module module) {
    return lastLessonId != null && module.lesson(lastLessonId).isPresent()
        ? lastLessonId
        : module.lessons().get(0).id();
  }

  public int secondsSpent() {
    return visits.stream().mapToInt(LessonVisit::seconds).sum();
  }

  public boolean hasSeen(String lessonId) {
    return visit(lessonId).isPresent();
  }

  private Optional<LessonVisit> visit(String lessonId) {
    return visits.stream().filter(v -> v.lessonId().equals(lessonId)).findFirst();
  }

  private void requireModule(Module module) {
    if (!module.id().equals(moduleId)) {
      throw new IllegalArgumentException("Enrolment " + id + " is not for module " + module.id());
    }
  }

  public boolean isCompleted() {
    return completedAt != null;
  }

  public Long id() {
    return id;
  }

  public long accountId() {
    return accountId;
  }

  public String moduleId() {
    return moduleId;
  }

  public String moduleVersion() {
    return moduleVersion;
  }

  public String registration() {
    return registration;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant completedAt() {
    return completedAt;
  }

  public List<LessonVisit> visits() {
    return List.copyOf(visits);
  }
}
