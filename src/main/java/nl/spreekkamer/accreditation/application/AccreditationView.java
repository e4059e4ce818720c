package nl.spreekkamer.accreditation.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.spreekkamer.accreditation.domain.Accreditation;

/** An accreditation as the API and pages show it. */
public record AccreditationView(
    long id,
    long version,
    String moduleId,
    String registry,
    String registryLabel,
    String activityId,
    BigDecimal points,
    LocalDate validFrom,
    LocalDate validUntil)
    implements Serializable {

  static AccreditationView of(Accreditation a) {
    return new AccreditationView(
        a.id(),
        a.version(),
        a.moduleId(),
        a.registry().name(),
        a.registry().label(),
        a.activityId(),
        a.points(),
        a.validFrom(),
        a.validUntil());
  }
}
