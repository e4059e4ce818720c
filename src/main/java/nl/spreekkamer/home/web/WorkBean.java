package nl.spreekkamer.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.spreekkamer.accreditation.application.CertificateService;
import nl.spreekkamer.accreditation.application.CertificateView;
import nl.spreekkamer.accreditation.application.TeamTraining;
import nl.spreekkamer.accreditation.application.TeamTrainingService;
import nl.spreekkamer.catalogue.application.RestockService;
import nl.spreekkamer.catalogue.application.ShipmentService;
import nl.spreekkamer.catalogue.application.ShipmentView;
import nl.spreekkamer.catalogue.domain.RestockStatus;
import nl.spreekkamer.catalogue.domain.ShipmentStatus;
import nl.spreekkamer.learning.application.LearningService;
import nl.spreekkamer.learning.application.ModuleSummary;
import nl.spreekkamer.organisation.application.ProfileService;
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
  @Inject ReferralService referrals;
  @Inject IntakeService intake;
  @Inject LearningService learning;
  @Inject CertificateService certificates;
  @Inject TeamTrainingService teamTraining;
  @Inject ProfileService profiles;
  @Inject ShipmentService shipments;
  @Inject RestockService restocks;
  @Inject Clock clock;

  private Long recentFeedback;
  private IntakeService.Workload workload;
  private List<ModuleSummary> modules;
  private BigDecimal pointsThisYear;
  private Team team;
  private Long shipmentsToConfirm;
  private Long restockWaiting;
  private Long shipmentsOnTheWay;

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

  /** One person's module on the manager's list. */
  public record ToDo(String name, String module, String status, LocalDate expiresOn) {}
}
