package nl.spreekkamer.accreditation.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores the points employees earned. */
public interface AccreditationRecordRepository {
  void add(AccreditationRecord record);

  Optional<AccreditationRecord> find(long id);

  List<AccreditationRecord> ofAccounts(Collection<Long> accountIds);

  List<AccreditationRecord> ofCertificate(long certificateId);

  /**
   * Records not yet reported for a registry, earned in {@code [from, to]}, locked for update so two
   * exports at once cannot both report them.
   */
  List<AccreditationRecord> unreported(Registry registry, LocalDate from, LocalDate to);

  /** Per registry, how many records wait to be reported and since when: beheer's home page. */
  List<Unreported> unreportedByRegistry();

  /**
   * {@code count} records for {@code registry} earned and not reported, the oldest on {@code
   * since}.
   */
  record Unreported(Registry registry, long count, LocalDate since) {}
}
