package nl.spreekkamer.organisation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.spreekkamer.organisation.domain.Address;
import nl.spreekkamer.organisation.domain.AgbCode;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.GemeenteRepository;
import nl.spreekkamer.organisation.domain.Praktijk;
import nl.spreekkamer.organisation.domain.PraktijkRepository;
import nl.spreekkamer.platform.errors.AccessDeniedException;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.errors.Versions;
import nl.spreekkamer.platform.errors.Violations;
import nl.spreekkamer.platform.paging.Page;
import nl.spreekkamer.platform.security.Roles;

/**
 * GP practices. Beheer sees and changes all; a gemeente's staff see the practices in their
 * gemeente; practice staff see only their own practice.
 */
@Stateless
@RolesAllowed("**")
public class PraktijkService {
  @Inject PraktijkRepository praktijken;
  @Inject GemeenteRepository gemeenten;
  @Inject Caller caller;

  /** Practices visible to the caller whose name or place contains {@code text}. */
  public Page<PraktijkView> search(String text, Integer first, Integer max) {
    int[] page = Page.bounds(first, max);
    if (!caller.isBeheer() && caller.gemeenteId() == null) {
      Long own = caller.praktijkId();
      if (own == null) {
        throw new AccessDeniedException();
      }
      PraktijkView view = PraktijkView.of(find(own));
      return new Page<>(java.util.List.of(view), 1, 0, page[1]);
    }
    Long gemeenteId = caller.isBeheer() ? null : caller.gemeenteId();
    return new Page<>(
        praktijken.search(text, gemeenteId, page[0], page[1]).stream()
            .map(PraktijkView::of)
            .toList(),
        praktijken.countSearch(text, gemeenteId),
        page[0],
        page[1]);
  }

  public PraktijkView get(long id) {
    Praktijk praktijk = find(id);
    boolean ownGemeente =
        caller.gemeenteId() != null && caller.gemeenteId().equals(praktijk.gemeente().id());
    if (!ownGemeente) {
      caller.requirePraktijk(id);
    }
    return PraktijkView.of(praktijk);
  }

  @RolesAllowed(Roles.BEHEER)
  public PraktijkView create(PraktijkData data) {
    Checks.body(data);
    Checked checked = check(data);
    requireUnique(checked.agb(), null);
    Praktijk praktijk =
        new Praktijk(
            data.name(),
            checked.agb(),
            checked.address(),
            checked.gemeente(),
            data.feedbackEmail());
    praktijken.add(praktijk);
    return PraktijkView.of(praktijk);
  }

  @RolesAllowed(Roles.BEHEER)
  public PraktijkView update(long id, PraktijkData data) {
    Checks.body(data);
    Praktijk praktijk = find(id);
    Versions.require(data.version(), praktijk.version());
    Checked checked = check(data);
    requireUnique(checked.agb(), id);
    praktijk.rename(data.name());
    praktijk.changeAgbCode(checked.agb());
    praktijk.moveTo(checked.address(), checked.gemeente());
    praktijk.changeFeedbackEmail(data.feedbackEmail());
    return PraktijkView.of(praktijk);
  }

  /** Every field of the form checked, and all refusals reported at once. */
  private Checked check(PraktijkData data) {
    Violations violations = new Violations();
    Praktijk.checkDetails(violations, data.name(), data.feedbackEmail());
    AgbCode agb = violations.check(() -> AgbCode.parse(data.agbCode()));
    Address address = Address.of(violations, data.street(), data.postcode(), data.city());
    Gemeente gemeente = violations.check(() -> gemeente(data));
    violations.throwIfAny();
    return new Checked(agb, address, gemeente);
  }

  private record Checked(AgbCode agb, Address address, Gemeente gemeente) {}

  private Gemeente gemeente(PraktijkData data) {
    if (data.gemeenteId() == null) {
      throw new InvalidInputException("gemeenteId", "validation.required");
    }
    return gemeenten
        .find(data.gemeenteId())
        .orElseThrow(
            () -> new InvalidInputException("gemeenteId", "notFound.gemeente", data.gemeenteId()));
  }

  private void requireUnique(AgbCode agb, Long self) {
    praktijken
        .findByAgbCode(agb)
        .filter(other -> !other.id().equals(self))
        .ifPresent(
            other -> {
              throw new ConflictException(AgbCode.FIELD, "conflict.agbCode", other.name());
            });
  }

  Praktijk find(long id) {
    return praktijken
        .find(id)
        .orElseThrow(() -> new ResourceNotFoundException("notFound.praktijk", id));
  }
}
