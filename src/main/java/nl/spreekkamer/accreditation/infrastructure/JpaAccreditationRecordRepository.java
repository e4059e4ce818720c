package nl.spreekkamer.accreditation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.spreekkamer.accreditation.domain.AccreditationRecord;
import nl.spreekkamer.accreditation.domain.AccreditationRecordRepository;
import nl.spreekkamer.accreditation.domain.RecordStatus;
import nl.spreekkamer.accreditation.domain.Registry;

/** {@link AccreditationRecordRepository} on JPA. */
@ApplicationScoped
public class JpaAccreditationRecordRepository implements AccreditationRecordRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void add(AccreditationRecord record) {
    em.persist(record);
  }

  @Override
  public Optional<AccreditationRecord> find(long id) {
    return Optional.ofNullable(em.find(AccreditationRecord.class, id));
  }

  @Override
  public List<AccreditationRecord> ofAccounts(Collection<Long> accountIds) {
    if (accountIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT r FROM AccreditationRecord r WHERE r.accountId IN :accounts"
                + " ORDER BY r.earnedOn DESC",
            AccreditationRecord.class)
        .setParameter("accounts", accountIds)
        .getResultList();
  }

  @Override
  public List<AccreditationRecord> ofCertificate(long certificateId) {
    return em.createQuery(
            "SELECT r FROM AccreditationRecord r WHERE r.certificateId = :certificate"
                + " ORDER BY r.registry",
            AccreditationRecord.class)
        .setParameter("certificate", certificateId)
        .getResultList();
  }

  @Override
  public List<AccreditationRecord> unreported(Registry registry, LocalDate from, LocalDate to) {
    return em.createQuery(
            "SELECT r FROM AccreditationRecord r WHERE r.registry = :registry"
                + " AND r.status = :earned AND r.earnedOn BETWEEN :from AND :to",
            AccreditationRecord.class)
        .setParameter("registry", registry)
        .setParameter("earned", RecordStatus.EARNED)
        .setParameter("from", from)
        .setParameter("to", to)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        // sorted here: Derby refuses ORDER BY together with FOR UPDATE
        .sorted(
            Comparator.comparing(AccreditationRecord::earnedOn)
                .thenComparing(AccreditationRecord::id))
        .toList();
  }

  @Override
  public List<Unreported> unreportedByRegistry() {
    return em.createQuery(
            "SELECT r.registry, COUNT(r), MIN(r.earnedOn) FROM AccreditationRecord r"
                + " WHERE r.status = :earned GROUP BY r.registry",
            Object[].class)
        .setParameter("earned", RecordStatus.EARNED)
        .getResultStream()
        .map(row -> new Unreported((Registry) row[0], (Long) row[1], (LocalDate) row[2]))
        .sorted(Comparator.comparing(Unreported::registry))
        .toList();
  }
}
