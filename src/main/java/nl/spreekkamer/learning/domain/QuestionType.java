package nl.spreekkamer.learning.domain;

/** How a test question is answered. */
public enum QuestionType {
  /** Exactly one option is correct. */
  SINGLE,
  /** Two or more options are correct; the learner chooses all of them. */
  MULTIPLE,
  /** A patient story with exactly one correct option. */
  CASE
}
