package nl.spreekkamer.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.spreekkamer.accreditation.application.CertificateService;
import nl.spreekkamer.accreditation.application.CertificateView;
import nl.spreekkamer.learning.application.LearningService;
import nl.spreekkamer.learning.application.ModuleSummary;

/** The learner's course list and certificates. */
@Named
@RequestScoped
public class CoursesBean {
  @Inject LearningService learning;
  @Inject CertificateService certificates;

  private List<ModuleSummary> modules;
  private List<CertificateView> mine;

  public List<ModuleSummary> getModules() {
    if (modules == null) {
      modules = learning.modules();
    }
    return modules;
  }

  public List<CertificateView> getCertificates() {
    if (mine == null) {
      mine = certificates.mine();
    }
    return mine;
  }
}
