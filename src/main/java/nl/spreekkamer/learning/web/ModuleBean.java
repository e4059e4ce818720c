package nl.spreekkamer.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.spreekkamer.learning.application.LearningService;
import nl.spreekkamer.learning.application.ModuleDetail;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.web.FacesSupport;

/** A module's overview: lessons with what is done, the test, and a restart after expiry. */
@Named
@RequestScoped
public class ModuleBean {
  @Inject LearningService learning;
  @Inject FacesSupport faces;

  private String id;
  private ModuleDetail module;
  private boolean lessonsDone;

  public void load() {
    try {
      module = learning.module(id);
    } catch (DomainException e) {
      faces.error(null, e);
    }
  }

  public void restart() {
    try {
      module = learning.restart(id);
      faces.redirect("/leren/module.xhtml?id=" + id);
    } catch (DomainException e) {
      faces.error(null, e);
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public boolean isLessonsDone() {
    return lessonsDone;
  }

  public void setLessonsDone(boolean lessonsDone) {
    this.lessonsDone = lessonsDone;
  }

  public ModuleDetail getModule() {
    return module;
  }
}
