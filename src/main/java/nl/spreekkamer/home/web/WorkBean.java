package nl.spreekkamer.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.spreekkamer.accreditation.application.AccreditationService;
import nl.spreekkamer.accreditation.application.CertificateService;
import nl.spreekkamer.accreditation.application.CertificateView;
import nl.spreekkamer.accreditation.application.TeamTraining;
import nl.spreekkamer.accreditation.application.TeamTrainingService;
import nl.spreekkamer.accreditation.domain.AccreditationRecordRepository;
import nl.spreekkamer.catalogue.application.RestockService;
import nl.spreekkamer.catalogue.application.ShipmentService;
import nl.spreekkamer.catalogue.application.ShipmentView;
import nl.spreekkamer.catalogue.application.StockService;
import nl.spreekkamer.catalogue.domain.RestockStatus;
import nl.spreekkamer.catalogue.domain.ShipmentStatus;
import nl.spreekkamer.learning.application.LearningService;
import nl.spreekkamer.learning.application.ModuleSummary;
import nl.spreekkamer.organisation.application.AccountService;
import nl.spreekkamer.organisation.application.PracticeContactService;
import nl.spreekkamer.organisation.application.PraktijkService;
import nl.spreekkamer.organisation.application.PraktijkView;
import nl.spreekkamer.organisation.application.ProfileService;
import nl.spreekkamer.organisation.domain.AccountFilter;
import nl.spreekkamer.platform.ClockProducer;
import nl.spreekkamer.platform.security.Role;
import nl.spreekkamer.platform.security.Roles;
import nl.spreekkamer.referral.application.IntakeService;
import nl.spreekkamer.referral.application.ReferralService;

/**
 * What waits for the person on the home page, per role: each count leads to the list it counts. The
 * figures come from the features' own services, in the caller's roles and tenant; this bean only
 * puts them side by side (nothing depends on {@code home}).
 */
@Named("work")
@RequestScoped
public class WorkBean {
  private static final int ACCREDITATION_NOTICE_DAYS = 90;

  @Inject ReferralService referrals;
  @Inject IntakeService intake;
  @Inject LearningService learning;
  @Inject CertificateService certificates;
  @Inject TeamTrainingService teamTraining;
  @Inject ProfileService profiles;
  @Inject ShipmentService shipments;
  @Inject RestockService restocks;
  @Inject StockService stock;
  @Inject AccountService accounts;
  @Inject AccreditationService accreditation;
  @Inject Clock clock;
  @Inject PraktijkService praktijken;
  @Inject PracticeContactService contacts;

  private Long recentFeedback;
  private IntakeService.Workload workload;
  private List<ModuleSummary> modules;
  private BigDecimal pointsThisYear;
  private Team team;
  private Long shipmentsToConfirm;
  private Long restockWaiting;
  private Optional<PraktijkView.ContactView> contact;
  private Long contactsAttention;
  private Long shipmentsOnTheWay;
  private Long stockLow;
  private Map<AccountFilter, Long> accountCounts;
  private List<AccreditationRecordRepository.Unreported> unreported;
  private List<Ending> accreditationsEnding;

  /** Practice staff: referral cards and the meldpunt's feedback. */
  public boolean isPractice() {
    return Role.practiceRoles().stream().anyMatch(r -> inRole(r.name()));
  }

  /** Intake workers and coordinators: the gemeente's queue. */
  public boolean isIntake() {
    return inRole(Roles.GEMEENTE_INTAKE) || inRole(Roles.GEMEENTE_COORDINATOR);
  }

  public boolean isManager() {
    return inRole(Roles.PRAKTIJKMANAGER);
  }

  public boolean isCoordinator() {
    return inRole(Roles.GEMEENTE_COORDINATOR);
  }

  public boolean isBeheer() {
    return inRole(Roles.BEHEER);
  }

  /** Redactie and beheer keep the modules' accreditations and report the points. */
  public boolean isAccreditation() {
    return inRole(Roles.REDACTIE) || inRole(Roles.BEHEER);
  }

  /** Accounts whose owner never logged in, and accounts with many failed logins. */
  public long accounts(AccountFilter filter) {
    if (accountCounts == null) {
      accountCounts = new EnumMap<>(AccountFilter.class);
    }
    return accountCounts.computeIfAbsent(filter, accounts::count);
  }

  public int getFailedLoginsThreshold() {
    return AccountFilter.FAILED_LOGINS_THRESHOLD;
  }

  /** Per registry, the points earned and not yet reported: the export to make. */
  public List<AccreditationRecordRepository.Unreported> getUnreported() {
    if (unreported == null) {
      unreported = accreditation.unreported();
    }
    return unreported;
  }

  /** Module accreditations that end within 90 days with no successor: renewals to apply for. */
  public List<Ending> getAccreditationsEnding() {
    if (accreditationsEnding == null) {
      Map<String, String> titles = accreditation.modules();
      accreditationsEnding =
          accreditation.endingWithin(ACCREDITATION_NOTICE_DAYS).stream()
              .map(
                  a ->
                      new Ending(
                          titles.getOrDefault(a.moduleId(), a.moduleId()),
                          a.registryLabel(),
                          a.validUntil()))
              .toList();
    }
    return accreditationsEnding;
  }

  public int getAccreditationNoticeDays() {
    return ACCREDITATION_NOTICE_DAYS;
  }

  /** The practice's named contact at the gemeente, or {@code null} when none is set yet. */
  public PraktijkView.ContactView getContact() {
    if (contact == null) {
      contact = Optional.ofNullable(praktijken.get(profiles.me().practice().id()).contact());
    }
    return contact.orElse(null);
  }

  /** Practices of the coordinator's gemeente whose contact is missing, unconfirmed or gone. */
  public long getContactsAttention() {
    if (contactsAttention == null) {
      contactsAttention = contacts.needingAttention();
    }
    return contactsAttention;
  }

  /** Shipments to the practice that it still has to confirm (the list: materials, open ones). */
  public long getShipmentsToConfirm() {
    if (shipmentsToConfirm == null) {
      shipmentsToConfirm =
          shipments.ofMyPraktijk().stream().filter(ShipmentView::toConfirm).count();
    }
    return shipmentsToConfirm;
  }

  /** Re-stock requests of the gemeente's practices that wait for the coordinator. */
  public long getRestockWaiting() {
    if (restockWaiting == null) {
      restockWaiting =
          restocks.ofMyGemeente().stream()
              .filter(r -> r.status() == RestockStatus.REQUESTED)
              .count();
    }
    return restockWaiting;
  }

  /** Kinds of material the gemeente keeps that run low (fewer copies than practices). */
  public long getStockLow() {
    if (stockLow == null) {
      stockLow = (long) stock.low().size();
    }
    return stockLow;
  }

  /** Shipments the coordinator sent that the practices have not yet confirmed. */
  public long getShipmentsOnTheWay() {
    if (shipmentsOnTheWay == null) {
      shipmentsOnTheWay = shipments.ofMyGemeente(ShipmentStatus.SENT, 0, 1).total();
    }
    return shipmentsOnTheWay;
  }

  public long getRecentFeedback() {
    if (recentFeedback == null) {
      recentFeedback = referrals.recentFeedbackCount();
    }
    return recentFeedback;
  }

  public int getRecentFeedbackDays() {
    return ReferralService.RECENT_FEEDBACK_DAYS;
  }

  public IntakeService.Workload getWorkload() {
    if (workload == null) {
      workload = intake.workload();
    }
    return workload;
  }

  /** The day a referral counts as new from on the queue (since yesterday). */
  public LocalDate getYesterday() {
    return LocalDate.now(clock.withZone(ClockProducer.ZONE)).minusDays(1);
  }

  /** The caller's own modules, with the one to resume. */
  public List<ModuleSummary> getModules() {
    if (modules == null) {
      modules = learning.modules();
    }
    return modules;
  }

  /**
   * Points earned this calendar year over the caller's certificates (rejected ones do not count).
   */
  public BigDecimal getPointsThisYear() {
    if (pointsThisYear == null) {
      int year = LocalDate.now(clock.withZone(ClockProducer.ZONE)).getYear();
      pointsThisYear =
          certificates.mine().stream()
              .filter(c -> c.completedOn().getYear() == year)
              .flatMap(c -> c.points().stream())
              .filter(p -> !"REJECTED".equals(p.status()))
              .map(CertificateView.Points::points)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
    return pointsThisYear;
  }

  /** The practice manager's team: who must still train, and what expires within 90 days. */
  public Team getTeam() {
    if (team == null) {
      long praktijkId = profiles.me().practice().id();
      List<ToDo> todo = new ArrayList<>();
      List<ToDo> expiring = new ArrayList<>();
      for (TeamTraining person : teamTraining.overview(praktijkId)) {
        for (TeamTraining.ModuleState module : person.modules()) {
          if (!"COMPLETED".equals(module.status())) {
            todo.add(new ToDo(person.name(), module.title(), module.status(), null));
          } else if (person.expiringSoon().contains(module.title())) {
            expiring.add(
                new ToDo(person.name(), module.title(), module.status(), module.expiresOn()));
          }
        }
      }
      team = new Team(List.copyOf(todo), List.copyOf(expiring));
    }
    return team;
  }

  private static boolean inRole(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }

  /** The team's open training: modules not finished, and completions that expire soon. */
  public record Team(List<ToDo> toFinish, List<ToDo> expiringSoon) {}

  /** A module's accreditation with one registry that ends on {@code validUntil}. */
  public record Ending(String module, String registry, LocalDate validUntil) {}

  /** One person's module on the manager's list. */
  public record ToDo(String name, String module, String status, LocalDate expiresOn) {}
}
