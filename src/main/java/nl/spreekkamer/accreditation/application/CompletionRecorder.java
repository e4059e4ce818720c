package nl.spreekkamer.accreditation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import nl.spreekkamer.accreditation.domain.Accreditation;
import nl.spreekkamer.accreditation.domain.AccreditationRecord;
import nl.spreekkamer.accreditation.domain.AccreditationRecordRepository;
import nl.spreekkamer.accreditation.domain.AccreditationRepository;
import nl.spreekkamer.accreditation.domain.Certificate;
import nl.spreekkamer.accreditation.domain.CertificateRepository;
import nl.spreekkamer.learning.domain.Module;
import nl.spreekkamer.learning.domain.ModuleCatalogue;
import nl.spreekkamer.learning.domain.ModuleCompleted;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.platform.ClockProducer;

/**
 * On a completed module, in the same transaction: issues the certificate and records the points for
 * every registry that accredited the module on the day of completion and fits the learner's
 * profession.
 */
@ApplicationScoped
public class CompletionRecorder {
  private static final Logger LOG = Logger.getLogger(CompletionRecorder.class.getName());

  @Inject AccountRepository accounts;
  @Inject ModuleCatalogue modules;
  @Inject AccreditationRepository accreditations;
  @Inject CertificateRepository certificates;
  @Inject AccreditationRecordRepository records;
  @Inject Clock clock;

  void onCompleted(@Observes ModuleCompleted completed) {
    Account learner = accounts.find(completed.accountId()).orElseThrow();
    Module module = modules.find(completed.moduleId()).orElseThrow();
    LocalDate day = LocalDate.ofInstant(completed.completedAt(), ClockProducer.ZONE);
    Certificate certificate =
        new Certificate(
            learner,
            new Certificate.Completion(
                module.id(),
                completed.moduleTitle(),
                completed.moduleVersion(),
                completed.score(),
                day,
                module.expiresOn(day)),
            clock.instant());
    certificates.add(certificate);
    int count = 0;
    for (Accreditation accreditation : accreditations.ofModule(module.id())) {
      if (accreditation.isValidOn(day) && accreditation.registry().appliesTo(learner)) {
        records.add(new AccreditationRecord(learner.id(), certificate.id(), accreditation, day));
        count++;
      }
    }
    int recorded = count;
    LOG.info(
        () ->
            "Certificate "
                + certificate.id()
                + " for module "
                + module.id()
                + " with "
                + recorded
                + " accreditation records");
  }
}
