package nl.spreekkamer.accreditation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores certificates. */
public interface CertificateRepository {
  void add(Certificate certificate);

  Optional<Certificate> findByCode(String code);

  /** Certificates of these accounts, newest first. */
  List<Certificate> ofAccounts(Collection<Long> accountIds);
}
