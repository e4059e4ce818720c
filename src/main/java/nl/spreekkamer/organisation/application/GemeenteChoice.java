package nl.spreekkamer.organisation.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import nl.spreekkamer.organisation.domain.Account;
import nl.spreekkamer.organisation.domain.AccountRepository;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.GemeenteRepository;
import nl.spreekkamer.platform.errors.AccessDeniedException;
import nl.spreekkamer.platform.errors.InvalidInputException;

/**
 * Whose meldpunt goes on printed material: by default the gemeente of the caller's practice or the
 * caller's own gemeente. Practice staff may choose another gemeente (for a patient who lives
 * elsewhere); gemeente staff only their own; redactie and beheer name one.
 */
@RequestScoped
public class GemeenteChoice {
  @Inject Caller caller;
  @Inject AccountRepository accounts;
  @Inject GemeenteRepository gemeenten;

  public Gemeente forMaterial(Long gemeenteId) {
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
