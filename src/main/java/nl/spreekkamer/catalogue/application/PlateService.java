package nl.spreekkamer.catalogue.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.spreekkamer.catalogue.domain.PlateLanguage;
import nl.spreekkamer.catalogue.infrastructure.PlateDocument;
import nl.spreekkamer.organisation.application.GemeenteChoice;
import nl.spreekkamer.platform.security.Roles;

/**
 * The talking plate, personalised with a gemeente's meldpunt: by default the gemeente of the user's
 * practice or the user's own gemeente. Practice staff may choose another gemeente for a patient who
 * lives elsewhere; gemeente staff only print their own.
 */
@Stateless
@RolesAllowed({
  Roles.HUISARTS,
  Roles.POH,
  Roles.ASSISTENT,
  Roles.PRAKTIJKMANAGER,
  Roles.GEMEENTE_INTAKE,
  Roles.GEMEENTE_COORDINATOR,
  Roles.REDACTIE,
  Roles.BEHEER
})
public class PlateService {
  @Inject GemeenteChoice gemeenten;
  @Inject PlateDocument document;

  public byte[] pdf(String language, Long gemeenteId) {
    PlateLanguage plateLanguage = PlateLanguage.of(language);
    return document.render(plateLanguage, gemeenten.forMaterial(gemeenteId));
  }

  /** The front in Dutch, as SVG markup, for previews. */
  public String previewSvg() {
    return document.frontSvg(PlateLanguage.NL);
  }
}
