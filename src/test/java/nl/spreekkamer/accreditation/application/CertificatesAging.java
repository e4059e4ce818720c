package nl.spreekkamer.accreditation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.spreekkamer.accreditation.domain.Certificate;
import nl.spreekkamer.organisation.domain.Account;

/**
 * Test support inside the server: a certificate of an existing account that ends on a given day.
 */
@ApplicationScoped
public class CertificatesAging {
  @PersistenceContext EntityManager em;

  @Transactional
  public String issue(long accountId, String moduleId, LocalDate expiresOn) {
    Account learner = em.find(Account.class, accountId);
    Certificate certificate =
        new Certificate(
            learner,
            new Certificate.Completion(
                moduleId,
                "Geldzorgen in de spreekkamer",
                "1.0",
                90,
                expiresOn.minusYears(2),
                expiresOn),
            Instant.now());
    em.persist(certificate);
    return certificate.code();
  }

  /** The subjects of the outbox mails of {@code kind} to {@code recipient}. */
  @Transactional
  public List<String> mailSubjects(String kind, String recipient) {
    return em
        .createNativeQuery(
            "SELECT SUBJECT FROM MAIL_OUTBOX WHERE KIND = ? AND RECIPIENT = ? ORDER BY ID")
        .setParameter(1, kind)
        .setParameter(2, recipient)
        .getResultList()
        .stream()
        .map(String::valueOf)
        .toList();
  }

  /** The bodies of the outbox mails of {@code kind} to {@code recipient} (null once sent). */
  @Transactional
  public List<String> mailBodies(String kind, String recipient) {
    return em
        .createNativeQuery(
            "SELECT BODY FROM MAIL_OUTBOX WHERE KIND = ? AND RECIPIENT = ? ORDER BY ID")
        .setParameter(1, kind)
        .setParameter(2, recipient)
        .getResultList()
        .stream()
        .map(String::valueOf)
        .toList();
  }
}
