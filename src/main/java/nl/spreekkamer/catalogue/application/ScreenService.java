package nl.spreekkamer.catalogue.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import nl.spreekkamer.catalogue.domain.CatalogueItem;
import nl.spreekkamer.catalogue.domain.ItemType;
import nl.spreekkamer.catalogue.domain.Screen;
import nl.spreekkamer.catalogue.domain.ScreenRepository;
import nl.spreekkamer.catalogue.infrastructure.ContentCatalogue;
import nl.spreekkamer.catalogue.infrastructure.ScreenPage;
import nl.spreekkamer.organisation.domain.PraktijkRepository;
import nl.spreekkamer.platform.security.Roles;
import nl.spreekkamer.platform.web.PublicAddress;

/**
 * The waiting-room screen of a practice: an address with an unguessable token that plays the
 * animation with the meldpunt of the practice's gemeente, without a login. The practice manager can
 * replace the token, e.g. when an old screen player leaves the practice.
 */
@Stateless
public class ScreenService {
  public static final String PATH = "/scherm/";

  @Inject Tenant tenant;
  @Inject ScreenRepository screens;
  @Inject PraktijkRepository praktijken;
  @Inject ContentCatalogue catalogue;
  @Inject ScreenPage page;
  @Inject PublicAddress address;
  @Inject Clock clock;

  /** The practice's screen address; made the first time someone asks. */
  @RolesAllowed({Roles.HUISARTS, Roles.POH, Roles.ASSISTENT, Roles.PRAKTIJKMANAGER})
  public ScreenView mine() {
    long praktijkId = tenant.praktijk().id();
    Screen screen =
        screens
            .find(praktijkId)
            .orElseGet(
                () -> {
                  Screen made = new Screen(praktijkId, clock.instant());
                  screens.add(made);
                  return made;
                });
    return view(screen);
  }

  /** A new address; the old one stops playing. */
  @RolesAllowed(Roles.PRAKTIJKMANAGER)
  public ScreenView renew() {
    long praktijkId = tenant.praktijk().id();
    Optional<Screen> existing = screens.find(praktijkId);
    if (existing.isEmpty()) {
      return mine();
    }
    existing.get().renew(clock.instant());
    return view(existing.get());
  }

  /** The page for a screen token, in a language the animation has; empty for an unknown token. */
  @PermitAll
  public Optional<String> play(String token, String language) {
    if (!Screen.looksLikeToken(token)) {
      return Optional.empty();
    }
    Optional<CatalogueItem> animation =
        catalogue.all().stream().filter(i -> i.type() == ItemType.ANIMATION).findFirst();
    return screens
        .findByToken(token)
        .flatMap(screen -> praktijken.find(screen.praktijkId()))
        .flatMap(
            praktijk ->
                animation.map(
                    item -> page.render(item, languageOf(item, language), praktijk.gemeente())));
  }

  private static String languageOf(CatalogueItem item, String language) {
    return language != null && item.languages().contains(language) ? language : "nl";
  }

  private ScreenView view(Screen screen) {
    return new ScreenView(address.base() + PATH + screen.token(), screen.issuedAt());
  }
}
