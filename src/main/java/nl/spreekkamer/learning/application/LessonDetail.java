package nl.spreekkamer.learning.application;

import java.io.Serializable;
import java.util.List;
import nl.spreekkamer.learning.domain.CaseStudy;
import nl.spreekkamer.learning.domain.Lesson;

/** One lesson to read: its HTML, its cases, and where it sits in the module. */
public record LessonDetail(
    String moduleId,
    String id,
    String title,
    int minutes,
    String html,
    List<CaseStudy> cases,
    int position,
    int lessonCount,
    String previousId,
    String nextId)
    implements Serializable {

  static LessonDetail of(String moduleId, List<Lesson> lessons, int index) {
    Lesson lesson = lessons.get(index);
    return new LessonDetail(
        moduleId,
        lesson.id(),
        lesson.title(),
        lesson.minutes(),
        lesson.html(),
        lesson.cases(),
        index + 1,
        lessons.size(),
        index > 0 ? lessons.get(index - 1).id() : null,
        index + 1 < lessons.size() ? lessons.get(index + 1).id() : null);
  }
}
