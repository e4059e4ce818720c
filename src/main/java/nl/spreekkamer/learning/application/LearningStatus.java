package nl.spreekkamer.learning.application;

import java.time.LocalDate;
import java.util.Optional;
import nl.spreekkamer.learning.domain.Enrolment;
import nl.spreekkamer.learning.domain.Module;
import nl.spreekkamer.platform.ClockProducer;

/** Where a learner stands with a module. */
public enum LearningStatus {
  NOT_STARTED,
  IN_PROGRESS,
  COMPLETED,
  /** Completed, but longer ago than the module's validity: time to take it again. */
  EXPIRED;

  /** The status of a learner with this enrolment (if any) in the module on {@code today}. */
  public static LearningStatus of(Optional<Enrolment> enrolment, Module module, LocalDate today) {
    if (enrolment.isEmpty()) {
      return NOT_STARTED;
    }
    if (!enrolment.get().isCompleted()) {
      return IN_PROGRESS;
    }
    LocalDate completedOn = LocalDate.ofInstant(enrolment.get().completedAt(), ClockProducer.ZONE);
    return today.isAfter(module.expiresOn(completedOn)) ? EXPIRED : COMPLETED;
  }
}
