package nl.spreekkamer.learning.domain;

import java.util.List;
import java.util.Optional;

/** Stores the attempts at final tests. */
public interface TestAttemptRepository {
  void add(TestAttempt attempt);

  Optional<TestAttempt> find(long id);

  /** The attempts under one registration, newest first. */
  List<TestAttempt> ofRegistration(String registration);
}
