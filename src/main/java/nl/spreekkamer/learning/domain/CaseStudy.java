package nl.spreekkamer.learning.domain;

import java.io.Serializable;
import java.util.List;

/** A practice case in a lesson: a patient story, a question and options; it is not scored. */
public record CaseStudy(
    String id, String title, String storyHtml, String question, List<CaseOption> options)
    implements Serializable {

  public CaseStudy {
    options = List.copyOf(options);
  }

  /** One choice in a case, with the feedback the learner reads after choosing it. */
  public record CaseOption(String key, String text, boolean best, String feedback)
      implements Serializable {}
}
