package nl.spreekkamer.accreditation.domain;

import java.util.List;
import java.util.Optional;

/** Stores the accreditations of modules. */
public interface AccreditationRepository {
  void add(Accreditation accreditation);

  void remove(Accreditation accreditation);

  Optional<Accreditation> find(long id);

  List<Accreditation> all();

  List<Accreditation> ofModule(String moduleId);
}
