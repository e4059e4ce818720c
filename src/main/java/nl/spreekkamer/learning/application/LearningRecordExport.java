package nl.spreekkamer.learning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import nl.spreekkamer.learning.domain.LearningStatement;
import nl.spreekkamer.learning.domain.LearningStatementRepository;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.platform.ClockProducer;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.security.Roles;

/** The xAPI statements as JSON arrays, for a learner's own file or a learning record store. */
@Stateless
public class LearningRecordExport {
  static final int MAX_DAYS = 366;
  static final int MAX_PAGE = 1000;

  @Inject Caller caller;
  @Inject LearningStatementRepository statements;

  @RolesAllowed({Roles.HUISARTS, Roles.POH, Roles.ASSISTENT, Roles.PRAKTIJKMANAGER})
  public String mine() {
    return array(statements.ofAccount(caller.accountId()));
  }

  /** All statements stored from {@code from} to {@code to} (inclusive days), one page. */
  @RolesAllowed(Roles.BEHEER)
  public String between(LocalDate from, LocalDate to, int first, int max) {
    if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
      throw new InvalidInputException("to", "validation.xapi.period", MAX_DAYS);
    }
    return array(
        statements.between(
            from.atStartOfDay(ClockProducer.ZONE).toInstant(),
            to.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant(),
            Math.max(0, first),
            Math.min(Math.max(1, max), MAX_PAGE)));
  }

  private static String array(List<LearningStatement> list) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < list.size(); i++) {
      json.append(i == 0 ? "" : ",").append(list.get(i).json());
    }
    return json.append(']').toString();
  }
}
