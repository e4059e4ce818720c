package nl.spreekkamer.learning.domain;

import java.util.List;

/** A lesson of a module: its text as safe HTML (rendered from Markdown) and its practice cases. */
public record Lesson(String id, String title, int minutes, String html, List<CaseStudy> cases) {

  public Lesson {
    cases = List.copyOf(cases);
  }
}
