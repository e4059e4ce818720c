package nl.spreekkamer.accreditation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.spreekkamer.accreditation.domain.Certificate;
import nl.spreekkamer.accreditation.domain.CertificateRepository;

/** {@link CertificateRepository} on JPA. */
@ApplicationScoped
public class JpaCertificateRepository implements CertificateRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void add(Certificate certificate) {
    em.persist(certificate);
    em.flush();
  }

  @Override
  public Optional<Certificate> findByCode(String code) {
    return em.createQuery("SELECT c FROM Certificate c WHERE c.code = :code", Certificate.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Certificate> ofAccounts(Collection<Long> accountIds) {
    if (accountIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT c FROM Certificate c WHERE c.accountId IN :accounts ORDER BY c.issuedAt DESC",
            Certificate.class)
        .setParameter("accounts", accountIds)
        .getResultList();
  }

  @Override
  public List<Certificate> expiringBetween(LocalDate from, LocalDate to) {
    return em.createQuery(
            "SELECT c FROM Certificate c WHERE c.expiresOn BETWEEN :from AND :to"
                + " ORDER BY c.expiresOn, c.id",
            Certificate.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }
}
