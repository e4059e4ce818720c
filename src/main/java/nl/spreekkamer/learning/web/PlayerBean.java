package nl.spreekkamer.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.spreekkamer.learning.application.LearningService;
import nl.spreekkamer.learning.application.LessonDetail;
import nl.spreekkamer.learning.application.ModuleDetail;
import nl.spreekkamer.learning.domain.CaseStudy;
import nl.spreekkamer.learning.domain.Enrolment;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.web.FacesSupport;

/**
 * The lesson player: navigation, progress, the lesson text and its cases. Moving on records the
 * lesson as seen with the time spent on this page (measured on the server, capped per step).
 */
@Named
@ViewScoped
public class PlayerBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject LearningService learning;
  @Inject FacesSupport faces;
  @Inject Clock clock;

  private String id;
  private String les;
  private ModuleDetail module;
  private LessonDetail lesson;
  private Instant openedAt;
  private final Map<String, String> choices = new HashMap<>();
  private final Map<String, Boolean> shown = new HashMap<>();

  /** Loads the module and the lesson named in the address, or the one to resume (viewAction). */
  public void load() {
    try {
      module = learning.module(id);
      lesson = learning.lesson(id, les == null || les.isBlank() ? module.resumeLessonId() : les);
      openedAt = clock.instant();
    } catch (DomainException e) {
      faces.error(null, e);
    }
  }

  /**
   * Remembers the lesson as the one to resume, posted by the page once it is shown (a GET changes
   * nothing, so the page asks for it).
   */
  public void opened() {
    if (lesson == null) {
      return;
    }
    try {
      module = learning.openLesson(id, lesson.id());
    } catch (DomainException e) {
      faces.error(null, e);
    }
  }

  /** Records this lesson as read and opens the next one (or the module page after the last). */
  public void next() {
    if (!record()) {
      return;
    }
    if (lesson.nextId() != null) {
      faces.redirect("/leren/les.xhtml?id=" + id + "&les=" + lesson.nextId());
    } else {
      faces.redirect("/leren/module.xhtml?id=" + id + "&klaar=true");
    }
  }

  private boolean record() {
    long seconds = Duration.between(openedAt, clock.instant()).getSeconds();
    try {
      module =
          learning.recordVisit(
              id, lesson.id(), (int) Math.min(seconds, Enrolment.MAX_SECONDS_PER_STEP));
      return true;
    } catch (DomainException e) {
      faces.error(null, e);
      return false;
    }
  }

  /** Shows the feedback for the option chosen in a case. */
  public void reveal(CaseStudy c) {
    if (choices.get(c.id()) == null) {
      faces.error("learning.case.choose");
      return;
    }
    shown.put(c.id(), true);
  }

  public CaseStudy.CaseOption chosen(CaseStudy c) {
    String key = choices.get(c.id());
    return c.options().stream().filter(o -> o.key().equals(key)).findFirst().orElse(null);
  }

  public boolean isShown(CaseStudy c) {
    return Boolean.TRUE.equals(shown.get(c.id()));
  }

  public Map<String, String> getChoices() {
    return choices;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getLes() {
    return les;
  }

  public void setLes(String les) {
    this.les = les;
  }

  public ModuleDetail getModule() {
    return module;
  }

  public LessonDetail getLesson() {
    return lesson;
  }
}
