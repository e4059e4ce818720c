package nl.spreekkamer.learning.application;

import java.io.Serializable;
import java.util.List;

/** A module with its lessons and the learner's progress, for the player's navigation. */
public record ModuleDetail(
    ModuleSummary module,
    int passMark,
    List<LessonItem> lessons,
    String resumeLessonId,
    int secondsSpent,
    boolean testPassed,
    Integer bestScore,
    int attempts,
    Long openAttemptId)
    implements Serializable {

  /** A lesson in the navigation. */
  public record LessonItem(String id, String title, int minutes, boolean seen, int cases)
      implements Serializable {}
}
