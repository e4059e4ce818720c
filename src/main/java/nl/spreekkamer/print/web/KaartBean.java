package nl.spreekkamer.print.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.Meldpunt;
import nl.spreekkamer.print.application.CardLookup;

/** The public page behind a card's QR code: how to reach the meldpunt printed on the card. */
@Named
@RequestScoped
public class KaartBean {
  @Inject CardLookup lookup;

  private String code;
  private Optional<Gemeente> gemeente;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? null : code.strip();
  }

  public boolean isFound() {
    return gemeente().isPresent();
  }

  /** The meldpunt's contact details as printed on the card, or {@code null} when not found. */
  public MeldpuntContact getMeldpunt() {
    return gemeente().map(MeldpuntContact::of).orElse(null);
  }

  /** A meldpunt as shown on the page. */
  public record MeldpuntContact(
      String gemeente,
      String name,
      String phone,
      String email,
      String address,
      String openingHours,
      String website) {
    static MeldpuntContact of(Gemeente gemeente) {
      Meldpunt m = gemeente.meldpunt();
      return new MeldpuntContact(
          gemeente.name(),
          m.name(),
          m.phone(),
          m.email(),
          m.address().oneLine(),
          m.openingHours(),
          m.website());
    }
  }

  private Optional<Gemeente> gemeente() {
    if (gemeente == null) {
      gemeente = lookup.meldpuntOf(code);
    }
    return gemeente;
  }
}
