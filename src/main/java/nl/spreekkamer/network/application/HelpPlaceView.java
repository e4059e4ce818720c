package nl.spreekkamer.network.application;

import java.time.LocalDate;
import nl.spreekkamer.network.domain.HelpKind;
import nl.spreekkamer.network.domain.HelpPlace;

/**
 * A place of the social map as it is shown; {@code stale} when it was last checked more than {@link
 * SocialMapService#STALE_MONTHS} months ago.
 */
public record HelpPlaceView(
    long id,
    long version,
    HelpKind kind,
    String name,
    String forWhom,
    String address,
    String phone,
    String website,
    String openingHours,
    String languages,
    int position,
    boolean hidden,
    LocalDate checkedOn,
    boolean stale) {
  static HelpPlaceView of(HelpPlace p, LocalDate today) {
    return new HelpPlaceView(
        p.id(),
        p.version(),
        p.kind(),
        p.name(),
        p.forWhom(),
        p.address(),
        p.phone(),
        p.website(),
        p.openingHours(),
        p.languages(),
        p.position(),
        p.hidden(),
        p.checkedOn(),
        p.checkedOn().isBefore(today.minusMonths(SocialMapService.STALE_MONTHS)));
  }

  /** The telephone number as a tel: link target, digits and + only. */
  public String phoneLink() {
    return phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
  }
}
