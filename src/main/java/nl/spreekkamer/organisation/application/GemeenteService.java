package nl.spreekkamer.organisation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import nl.spreekkamer.organisation.domain.CbsCode;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.GemeenteRepository;
import nl.spreekkamer.organisation.domain.Meldpunt;
import nl.spreekkamer.organisation.domain.ResponseNorm;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.ConflictException;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.errors.Versions;
import nl.spreekkamer.platform.errors.Violations;
import nl.spreekkamer.platform.security.Roles;

/**
 * Gemeenten and their meldpunt. Every logged-in user may read them (a practice may refer a patient
 * to another gemeente's meldpunt); only beheer changes them.
 */
@Stateless
@RolesAllowed("**")
public class GemeenteService {
  @Inject GemeenteRepository gemeenten;

  public List<GemeenteView> list() {
    return gemeenten.findAll().stream().map(GemeenteView::of).toList();
  }

  public GemeenteView get(long id) {
    return GemeenteView.of(find(id));
  }

  @RolesAllowed(Roles.BEHEER)
  public GemeenteView create(GemeenteData data) {
    Checks.body(data);
    Checked checked = check(data);
    requireUnique(checked.cbs(), null);
    Gemeente gemeente = new Gemeente(data.name(), checked.cbs(), checked.meldpunt());
    apply(gemeente, data);
    gemeenten.add(gemeente);
    return GemeenteView.of(gemeente);
  }

  @RolesAllowed(Roles.BEHEER)
  public GemeenteView update(long id, GemeenteData data) {
    Checks.body(data);
    Gemeente gemeente = find(id);
    Versions.require(data.version(), gemeente.version());
    Checked checked = check(data);
    requireUnique(checked.cbs(), id);
    gemeente.rename(data.name());
    gemeente.changeCbsCode(checked.cbs());
    gemeente.changeMeldpunt(checked.meldpunt());
    apply(gemeente, data);
    return GemeenteView.of(gemeente);
  }

  private static void apply(Gemeente gemeente, GemeenteData data) {
    gemeente.changeResponseNorm(
        new ResponseNorm(
            data.urgentWorkingDays() == null
                ? ResponseNorm.DEFAULT_URGENT_DAYS
                : data.urgentWorkingDays(),
            data.regularWorkingDays() == null
                ? ResponseNorm.DEFAULT_REGULAR_DAYS
                : data.regularWorkingDays()));
    if (data.locations() != null) {
      gemeente.offerLocations(data.locations().stream().map(LocationData::toDomain).toList());
    }
  }

  /** The name, CBS code and meldpunt checked, and all refusals reported at once. */
  private static Checked check(GemeenteData data) {
    Violations violations = new Violations();
    Gemeente.checkName(violations, data.name());
    CbsCode cbs = violations.check(() -> CbsCode.parse(data.cbsCode()));
    Meldpunt meldpunt = null;
    if (data.meldpunt() == null) {
      violations.refuse("meldpunt", "validation.required");
    } else {
      meldpunt = data.meldpunt().toDomain(violations);
    }
    violations.throwIfAny();
    return new Checked(cbs, meldpunt);
  }

  private record Checked(CbsCode cbs, Meldpunt meldpunt) {}

  private void requireUnique(CbsCode cbs, Long self) {
    gemeenten
        .findByCbsCode(cbs)
        .filter(other -> !other.id().equals(self))
        .ifPresent(
            other -> {
              throw new ConflictException(CbsCode.FIELD, "conflict.cbsCode", other.name());
            });
  }

  Gemeente find(long id) {
    return gemeenten
        .find(id)
        .orElseThrow(() -> new ResourceNotFoundException("notFound.gemeente", id));
  }
}
