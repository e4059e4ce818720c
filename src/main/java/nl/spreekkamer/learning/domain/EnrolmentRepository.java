package nl.spreekkamer.learning.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores enrolments: one per learner and module. */
public interface EnrolmentRepository {
  void add(Enrolment enrolment);

  Optional<Enrolment> find(long accountId, String moduleId);

  List<Enrolment> ofAccount(long accountId);

  List<Enrolment> ofAccounts(Collection<Long> accountIds);
}
