package nl.spreekkamer.catalogue.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.organisation.domain.Praktijk;
import nl.spreekkamer.organisation.domain.PraktijkRepository;
import nl.spreekkamer.platform.errors.AccessDeniedException;

/** The caller's own practice or gemeente, which is all the kits and shipments they may see. */
@RequestScoped
public class Tenant {
  @Inject Caller caller;
  @Inject PraktijkRepository praktijken;

  /** The caller's practice; refused for someone who does not belong to one. */
  public Praktijk praktijk() {
    Long id = caller.praktijkId();
    return praktijken.find(id == null ? -1 : id).orElseThrow(AccessDeniedException::new);
  }

  /** The caller's gemeente; refused for someone who does not belong to one. */
  public long gemeenteId() {
    Long id = caller.gemeenteId();
    if (id == null) {
      throw new AccessDeniedException();
    }
    return id;
  }

  /** The names of the gemeente's practices by id. */
  public Map<Long, String> praktijkNames(long gemeenteId) {
    return praktijken.findByGemeente(gemeenteId).stream()
        .collect(Collectors.toMap(Praktijk::id, Praktijk::name));
  }
}
