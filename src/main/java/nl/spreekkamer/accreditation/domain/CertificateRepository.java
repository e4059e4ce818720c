package nl.spreekkamer.accreditation.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores certificates. */
public interface CertificateRepository {
  void add(Certificate certificate);

  Optional<Certificate> findByCode(String code);

  /** Certificates of these accounts, newest first. */
  List<Certificate> ofAccounts(Collection<Long> accountIds);

  /** Certificates that expire on a day from {@code from} to {@code to}, both included. */
  List<Certificate> expiringBetween(LocalDate from, LocalDate to);
}
