package nl.spreekkamer.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.spreekkamer.learning.application.AttemptResult;
import nl.spreekkamer.learning.application.AttemptView;
import nl.spreekkamer.learning.application.LearningService;
import nl.spreekkamer.platform.errors.DomainException;
import nl.spreekkamer.platform.web.FacesSupport;

/**
 * The final test, one question at a time: answer, read the feedback at once, go on; hand in at the
 * end and see the result.
 */
@Named
@ViewScoped
public class TestBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject LearningService learning;
  @Inject FacesSupport faces;

  private String id;
  private AttemptView attempt;
  private int index;
  private String single;
  private List<String> several = new ArrayList<>();
  private AttemptResult result;

  /** Continues the open attempt or starts a new one (viewAction). */
  public void load() {
    try {
      attempt = learning.startAttempt(id);
      index = firstOpen();
    } catch (DomainException e) {
      faces.error(null, e);
    }
  }

  public AttemptView.QuestionView getQuestion() {
    return attempt == null || index >= attempt.questions().size()
        ? null
        : attempt.questions().get(index);
  }

  public void answer() {
    AttemptView.QuestionView question = getQuestion();
    Set<String> chosen = new HashSet<>();
    if ("MULTIPLE".equals(question.type())) {
      chosen.addAll(several);
    } else if (single != null && !single.isBlank()) {
      chosen.add(single);
    }
    try {
      learning.answer(id, attempt.id(), question.id(), chosen);
      attempt = learning.attempt(id, attempt.id());
    } catch (DomainException e) {
      faces.error("testForm", e);
    }
  }

  public void nextQuestion() {
    single = null;
    several = new ArrayList<>();
    index = firstOpen();
  }

  public void submit() {
    try {
      result = learning.submit(id, attempt.id());
      attempt = learning.attempt(id, attempt.id());
    } catch (DomainException e) {
      faces.error("testForm", e);
    }
  }

  /** A new attempt after a failed one. */
  public void retake() {
    result = null;
    single = null;
    several = new ArrayList<>();
    load();
  }

  public boolean isAllAnswered() {
    return attempt != null && attempt.answered() == attempt.total();
  }

  public int getNumber() {
    return Math.min(index + 1, attempt == null ? 0 : attempt.total());
  }

  public int getProgress() {
    return attempt == null || attempt.total() == 0 ? 0 : attempt.answered() * 100 / attempt.total();
  }

  private int firstOpen() {
    List<AttemptView.QuestionView> questions = attempt.questions();
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).feedback() == null) {
        return i;
      }
    }
    return Math.max(0, questions.size() - 1);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public AttemptView getAttempt() {
    return attempt;
  }

  public AttemptResult getResult() {
    return result;
  }

  public String getSingle() {
    return single;
  }

  public void setSingle(String single) {
    this.single = single;
  }

  public List<String> getSeveral() {
    return several;
  }

  public void setSeveral(List<String> several) {
    this.several = several;
  }
}
