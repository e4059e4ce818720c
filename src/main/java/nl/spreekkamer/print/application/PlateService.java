package nl.spreekkamer.print.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.GemeenteRepository;
import nl.spreekkamer.platform.errors.AccessDeniedException;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.security.Roles;
import nl.spreekkamer.print.domain.PlateLanguage;
import nl.spreekkamer.print.infrastructure.PlateDocument;

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
  @Inject Caller caller;
  @Inject AccountRepository accounts;
  @Inject GemeenteRepository gemeenten;
  @Inject PlateDocument document;

  public byte[] pdf(String language, Long gemeenteId) {
    PlateLanguage plateLanguage = PlateLanguage.of(language);
    return document.render(plateLanguage, gemeente(gemeenteId));
  }

  private Gemeente gemeente(Long gemeenteId) {
    Account account = accounts.find(caller.accountId()).orElseThrow(AccessDeniedException::new);
    if (account.gemeente() != null) {
      if (gemeenteId != null) {
        caller.requireGemeente(gemeenteId);
      }
      return account.gemeente();
    }
    if (gemeenteId == null) {
      if (account.praktijk() == null) {
        throw new InvalidInputException("gemeenteId", "validation.required");
      }
      return account.praktijk().gemeente();
    }
    return gemeenten
        .find(gemeenteId)
        .orElseThrow(() -> new InvalidInputException("gemeenteId", "validation.gemeente.unknown"));
  }
}
