package nl.spreekkamer.accreditation.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One employee in the practice manager's training overview. */
public record TeamTraining(
    long accountId,
    String name,
    String roles,
    List<ModuleState> modules,
    BigDecimal pointsThisYear,
    List<String> expiringSoon)
    implements Serializable {

  /** Whether something is still to do: a module not finished, or a completion that ends soon. */
  public boolean needsAttention() {
    return !expiringSoon.isEmpty()
        || modules.stream().anyMatch(module -> !"COMPLETED".equals(module.status()));
  }

  /** The employee's status in one module that is meant for them. */
  public record ModuleState(
      String moduleId, String title, String status, LocalDate completedOn, LocalDate expiresOn)
      implements Serializable {}
}
