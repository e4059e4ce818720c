package nl.spreekkamer.referral.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import nl.spreekkamer.referral.application.CardLookup;
import nl.spreekkamer.referral.application.CardMeldpunt;

/** The public page behind a card's QR code: how to reach the meldpunt printed on the card. */
@Named
@RequestScoped
public class KaartBean {
  @Inject CardLookup lookup;

  private String code;
  private Optional<CardMeldpunt> card;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? null : code.strip();
  }

  /** Runs before rendering: an unknown code is a 404 (which also counts as a miss per source). */
  public void check() {
    if (getCard() == null) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  /** The meldpunt on the card, or {@code null} when the code is unknown. */
  public CardMeldpunt getCard() {
    if (card == null) {
      card = lookup.meldpuntOf(code);
    }
    return card.orElse(null);
  }
}
