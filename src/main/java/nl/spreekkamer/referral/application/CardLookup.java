package nl.spreekkamer.referral.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.spreekkamer.organisation.application.MeldpuntData;
import nl.spreekkamer.organisation.domain.GemeenteRepository;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.referral.domain.PrintedCardRepository;
import nl.spreekkamer.referral.domain.ReferenceCode;

/**
 * What anyone holding a card may see when scanning its QR code: the meldpunt printed on it. Nothing
 * about the patient, the practice or the employee is shown.
 */
@Stateless
@PermitAll
public class CardLookup {
  @Inject PrintedCardRepository printed;
  @Inject GemeenteRepository gemeenten;

  /** The meldpunt on the card, or empty for an unknown or malformed code. */
  public Optional<CardMeldpunt> meldpuntOf(String code) {
    ReferenceCode reference;
    try {
      reference = ReferenceCode.parse(code);
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
    return printed
        .find(reference)
        .flatMap(card -> gemeenten.find(card.gemeenteId()))
        .map(g -> new CardMeldpunt(g.id(), g.name(), MeldpuntData.of(g.meldpunt())));
  }
}
