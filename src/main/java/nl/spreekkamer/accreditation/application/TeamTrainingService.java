package nl.spreekkamer.accreditation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.spreekkamer.accreditation.domain.AccreditationRecord;
import nl.spreekkamer.accreditation.domain.AccreditationRecordRepository;
import nl.spreekkamer.accreditation.domain.RecordStatus;
import nl.spreekkamer.learning.application.LearningStatus;
import nl.spreekkamer.learning.domain.Enrolment;
import nl.spreekkamer.learning.domain.EnrolmentRepository;
import nl.spreekkamer.learning.domain.Module;
import nl.spreekkamer.learning.domain.ModuleCatalogue;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.organisation.domain.PraktijkRepository;
import nl.spreekkamer.platform.ClockProducer;
import nl.spreekkamer.platform.csv.Spreadsheet;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.i18n.Messages;
import nl.spreekkamer.platform.security.Roles;

/**
 * The practice manager's view of the team's e-learning: per employee the modules meant for them,
 * completed or not, the points earned this calendar year, and what expires within 90 days.
 */
@Stateless
@RolesAllowed({Roles.PRAKTIJKMANAGER, Roles.BEHEER})
public class TeamTrainingService {
  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  public static final int EXPIRY_WARNING_DAYS = 90;

  @Inject Caller caller;
  @Inject AccountRepository accounts;
  @Inject PraktijkRepository praktijken;
  @Inject ModuleCatalogue modules;
  @Inject EnrolmentRepository enrolments;
  @Inject AccreditationRecordRepository records;
  @Inject Clock clock;

  public List<TeamTraining> overview(long praktijkId) {
    caller.requirePraktijk(praktijkId);
    if (praktijken.find(praktijkId).isEmpty()) {
      // beheer may ask for any practice; one that does not exist is not an empty team
      throw new ResourceNotFoundException("notFound.praktijk", praktijkId);
    }
    LocalDate today = LocalDate.now(clock.withZone(ClockProducer.ZONE));
    List<Account> team =
        accounts.findByPraktijk(praktijkId).stream().filter(Account::isActive).toList();
    List<Long> ids = team.stream().map(Account::id).toList();
    List<Enrolment> allEnrolments = enrolments.ofAccounts(ids);
    List<AccreditationRecord> allRecords = records.ofAccounts(ids);
    List<TeamTraining> rows = new ArrayList<>();
    for (Account person : team) {
      List<TeamTraining.ModuleState> states = new ArrayList<>();
      List<String> expiring = new ArrayList<>();
      for (Module module : modules.all()) {
        if (!module.isFor(person.roles())) {
          continue;
        }
        Optional<Enrolment> enrolment =
            allEnrolments.stream()
                .filter(e -> e.accountId() == person.id() && e.moduleId().equals(module.id()))
                .findFirst();
        LearningStatus status = LearningStatus.of(enrolment, module, today);
        LocalDate completedOn =
            enrolment
                .filter(Enrolment::isCompleted)
                .map(e -> LocalDate.ofInstant(e.completedAt(), ClockProducer.ZONE))
                .orElse(null);
        LocalDate expiresOn = completedOn == null ? null : module.expiresOn(completedOn);
        if (expiresOn != null
            && !expiresOn.isBefore(today)
            && !expiresOn.isAfter(today.plusDays(EXPIRY_WARNING_DAYS))) {
          expiring.add(module.title());
        }
        states.add(
            new TeamTraining.ModuleState(
                module.id(), module.title(), status.name(), completedOn, expiresOn));
      }
      if (states.isEmpty()) {
        continue;
      }
      BigDecimal points =
          allRecords.stream()
              .filter(r -> r.accountId() == person.id())
              .filter(r -> r.status() != RecordStatus.REJECTED)
              .filter(r -> r.earnedOn().getYear() == today.getYear())
              .map(AccreditationRecord::points)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      rows.add(
          new TeamTraining(
              person.id(),
              person.displayName(),
              person.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
              states,
              points,
              expiring));
    }
    return rows;
  }

  /**
   * The overview as CSV for a Dutch spreadsheet: one line per employee and module, the status in
   * words.
   */
  public String csv(long praktijkId) {
    Spreadsheet sheet =
        Spreadsheet.withHeader(
            "naam", "rollen", "module", "status", "afgerond_op", "verloopt_op", "punten_dit_jaar");
    for (TeamTraining row : overview(praktijkId)) {
      for (TeamTraining.ModuleState m : row.modules()) {
        sheet.row(
            row.name(),
            row.roles(),
            m.title(),
            Messages.get(DUTCH, "learning.status." + m.status()),
            m.completedOn(),
            m.expiresOn(),
            row.pointsThisYear());
      }
    }
    return sheet.text();
  }
}
