package nl.spreekkamer.learning.domain;

import java.time.Instant;
import java.util.List;

/** Stores xAPI statements. */
public interface LearningStatementRepository {
  void add(LearningStatement statement);

  /** One learner's statements, oldest first. */
  List<LearningStatement> ofAccount(long accountId);

  /** Statements stored in {@code [from, to)}, oldest first, at most {@code limit}. */
  List<LearningStatement> between(Instant from, Instant to, int offset, int limit);
}
