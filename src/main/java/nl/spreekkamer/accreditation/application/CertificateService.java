package nl.spreekkamer.accreditation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.spreekkamer.accreditation.domain.AccreditationRecordRepository;
import nl.spreekkamer.accreditation.domain.Certificate;
import nl.spreekkamer.accreditation.domain.CertificateRepository;
import nl.spreekkamer.accreditation.infrastructure.CertificateDocument;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.platform.ClockProducer;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.security.Role;
import nl.spreekkamer.platform.security.Roles;

/**
 * Certificates: the learner's own, the PDF (for the learner, the own practice manager and beheer),
 * and the public check of a verification code.
 */
@Stateless
@RolesAllowed({Roles.HUISARTS, Roles.POH, Roles.ASSISTENT, Roles.PRAKTIJKMANAGER, Roles.BEHEER})
public class CertificateService {
  @Inject Caller caller;
  @Inject CertificateRepository certificates;
  @Inject AccreditationRecordRepository records;
  @Inject AccountRepository accounts;
  @Inject CertificateDocument document;
  @Inject Clock clock;

  public List<CertificateView> mine() {
    return certificates.ofAccounts(List.of(caller.accountId())).stream().map(this::view).toList();
  }

  public CertificateView get(String code) {
    return view(readable(code));
  }

  public byte[] pdf(String code) {
    return document.render(get(code));
  }

  /** Anyone may check a code; an unknown code is "not found". */
  @PermitAll
  public Verification verify(String code) {
    Certificate c =
        certificates
            .findByCode(Certificate.normalise(code))
            .orElseThrow(() -> new ResourceNotFoundException("notFound.certificate", code));
    return new Verification(
        c.code(),
        c.learnerName(),
        c.moduleTitle(),
        c.moduleVersion(),
        c.completedOn(),
        c.expiresOn(),
        c.isValidOn(today()));
  }

  /** The learner's own certificate, one of the manager's team, or any for beheer. */
  private Certificate readable(String code) {
    Optional<Certificate> found = certificates.findByCode(Certificate.normalise(code));
    if (found.isPresent() && mayRead(found.get())) {
      return found.get();
    }
    throw new ResourceNotFoundException("notFound.certificate", code);
  }

  private boolean mayRead(Certificate certificate) {
    if (certificate.accountId() == caller.accountId() || caller.isBeheer()) {
      return true;
    }
    return caller.roles().contains(Role.PRAKTIJKMANAGER)
        && caller.praktijkId() != null
        && accounts
            .find(certificate.accountId())
            .map(a -> a.praktijk() != null && a.praktijk().id().equals(caller.praktijkId()))
            .orElse(false);
  }

  private CertificateView view(Certificate c) {
    List<CertificateView.Points> points =
        records.ofCertificate(c.id()).stream()
            .map(
                r ->
                    new CertificateView.Points(
                        r.registry().name(),
                        r.registry().label(),
                        r.activityId(),
                        r.points(),
                        r.registry().choose(c.bigNumber(), c.registerNumber(), c.kabizNumber()),
                        r.status().name()))
            .toList();
    return new CertificateView(
        c.code(),
        c.learnerName(),
        c.bigNumber(),
        c.registerNumber(),
        c.kabizNumber(),
        c.moduleId(),
        c.moduleTitle(),
        c.moduleVersion(),
        c.score(),
        c.completedOn(),
        c.expiresOn(),
        c.isValidOn(today()),
        points);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClockProducer.ZONE));
  }
}
