package nl.spreekkamer.network.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.spreekkamer.network.domain.HelpKind;
import nl.spreekkamer.network.domain.HelpPlace;
import nl.spreekkamer.network.domain.HelpPlaceRepository;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.organisation.domain.Gemeente;
import nl.spreekkamer.organisation.domain.GemeenteRepository;
import nl.spreekkamer.platform.errors.AccessDeniedException;
import nl.spreekkamer.platform.errors.Checks;
import nl.spreekkamer.platform.errors.Choices;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.errors.Versions;
import nl.spreekkamer.platform.security.Role;
import nl.spreekkamer.platform.security.Roles;

/**
 * The social map (sociale kaart) of a gemeente: practice staff of that gemeente and its own staff
 * read it (and print the desk sheet); the coordinator of that gemeente keeps it: adds, changes,
 * hides, orders and confirms places. Anyone may read the visible places on the public page.
 */
@Stateless
@RolesAllowed({
  Roles.HUISARTS,
  Roles.POH,
  Roles.ASSISTENT,
  Roles.PRAKTIJKMANAGER,
  Roles.GEMEENTE_INTAKE,
  Roles.GEMEENTE_COORDINATOR
})
public class SocialMapService {
  /** A place not checked for this long is marked for the coordinator. */
  public static final int STALE_MONTHS = 6;

  /** The most places one gemeente keeps (one A4 sheet holds about 12; the page holds all). */
  public static final int MAX_PLACES = 300;

  @Inject HelpPlaceRepository places;
  @Inject GemeenteRepository gemeenten;
  @Inject Caller caller;
  @Inject DeskSheets sheets;
  @Inject Clock clock;

  /** The map as the caller may see it: the coordinator of the gemeente also sees hidden places. */
  public SocialMap map(long gemeenteId, String kind, String text) {
    requireServed(gemeenteId);
    boolean keeper = isKeeper(gemeenteId);
    return map(gemeente(gemeenteId), keeper, kind, text);
  }

  /** The visible places, for the public page the card and the leaflet link to. */
  @PermitAll
  public SocialMap publicMap(long gemeenteId, String kind, String text) {
    return map(gemeente(gemeenteId), false, kind, text);
  }

  /** The desk sheet of the visible places, in Dutch or English. */
  public byte[] deskSheet(long gemeenteId, Locale locale) {
    requireServed(gemeenteId);
    return sheets.render(map(gemeente(gemeenteId), false, null, null), locale);
  }

  @RolesAllowed(Roles.GEMEENTE_COORDINATOR)
  public HelpPlaceView add(long gemeenteId, HelpPlaceData data) {
    Checks.body(data);
    requireKeeper(gemeenteId);
    gemeente(gemeenteId);
    if (places.ofGemeente(gemeenteId, true).size() >= MAX_PLACES) {
      throw new InvalidInputException(null, "validation.helpPlace.tooMany", MAX_PLACES);
    }
    HelpPlace place =
        new HelpPlace(gemeenteId, details(data), places.lastPosition(gemeenteId) + 1, today());
    if (Boolean.TRUE.equals(data.hidden())) {
      place.hide(true);
    }
    places.add(place);
    places.flush();
    return HelpPlaceView.of(place, today());
  }

  @RolesAllowed(Roles.GEMEENTE_COORDINATOR)
  public HelpPlaceView change(long gemeenteId, long placeId, HelpPlaceData data) {
    Checks.body(data);
    HelpPlace place = kept(gemeenteId, placeId);
    Versions.require(data.version(), place.version());
    place.change(details(data), today());
    if (data.hidden() != null) {
      place.hide(data.hidden());
    }
    places.flush();
    return HelpPlaceView.of(place, today());
  }

  /** Hides or shows a place; its details and the day it was checked stay as they are. */
  @RolesAllowed(Roles.GEMEENTE_COORDINATOR)
  public HelpPlaceView hide(long gemeenteId, long placeId, boolean hidden, Long version) {
    HelpPlace place = kept(gemeenteId, placeId);
    Versions.require(version, place.version());
    place.hide(hidden);
    places.flush();
    return HelpPlaceView.of(place, today());
  }

  /** The coordinator confirms that a place's details are still right. */
  @RolesAllowed(Roles.GEMEENTE_COORDINATOR)
  public HelpPlaceView checked(long gemeenteId, long placeId, Long version) {
    HelpPlace place = kept(gemeenteId, placeId);
    Versions.require(version, place.version());
    place.checked(today());
    places.flush();
    return HelpPlaceView.of(place, today());
  }

  /** Moves a place one up ({@code by} -1) or down (+1) in the order; answers the new order. */
  @RolesAllowed(Roles.GEMEENTE_COORDINATOR)
  public List<HelpPlaceView> move(long gemeenteId, long placeId, int by) {
    kept(gemeenteId, placeId);
    if (by != -1 && by != 1) {
      throw new InvalidInputException("by", "validation.helpPlace.move");
    }
    List<HelpPlace> order = new ArrayList<>(places.ofGemeente(gemeenteId, true));
    int at = indexOf(order, placeId);
    int to = at + by;
    if (to >= 0 && to < order.size()) {
      order.add(to, order.remove(at));
    }
    for (int i = 0; i < order.size(); i++) {
      order.get(i).moveTo(i + 1);
    }
    places.flush();
    return order.stream().map(p -> HelpPlaceView.of(p, today())).toList();
  }

  private SocialMap map(Gemeente gemeente, boolean withHidden, String kind, String text) {
    HelpKind only = Choices.optional("kind", kind, HelpKind.class);
    String words = Checks.optional("q", text, 100);
    LocalDate today = today();
    List<HelpPlaceView> shown =
        places.ofGemeente(gemeente.id(), withHidden).stream()
            .filter(p -> only == null || p.kind() == only)
            .filter(p -> words == null || matches(p, words))
            .map(p -> HelpPlaceView.of(p, today))
            .toList();
    return new SocialMap(
        gemeente.id(),
        gemeente.name(),
        gemeente.meldpunt().name(),
        gemeente.meldpunt().phone(),
        gemeente.meldpunt().openingHours(),
        shown);
  }

  private static boolean matches(HelpPlace p, String words) {
    String haystack =
        String.join(
                " ",
                p.name(),
                nullToEmpty(p.forWhom()),
                nullToEmpty(p.languages()),
                nullToEmpty(p.address()))
            .toLowerCase(Locale.ROOT);
    for (String word : words.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!haystack.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static int indexOf(List<HelpPlace> order, long placeId) {
    for (int i = 0; i < order.size(); i++) {
      if (order.get(i).id() == placeId) {
        return i;
      }
    }
    throw new ResourceNotFoundException("notFound.helpPlace", placeId);
  }

  private HelpPlace.Details details(HelpPlaceData data) {
    return new HelpPlace.Details(
        Choices.optional("kind", data.kind(), HelpKind.class),
        data.name(),
        data.forWhom(),
        data.address(),
        data.phone(),
        data.website(),
        data.openingHours(),
        data.languages());
  }

  private HelpPlace kept(long gemeenteId, long placeId) {
    requireKeeper(gemeenteId);
    return places
        .find(placeId)
        .filter(p -> p.gemeenteId() == gemeenteId)
        .orElseThrow(() -> new ResourceNotFoundException("notFound.helpPlace", placeId));
  }

  private Gemeente gemeente(long id) {
    return gemeenten
        .find(id)
        .orElseThrow(() -> new ResourceNotFoundException("notFound.gemeente", id));
  }

  /** Practice staff of the gemeente's practices and the gemeente's own staff. */
  private void requireServed(long gemeenteId) {
    Long served = caller.servedGemeenteId();
    if (served == null || served != gemeenteId) {
      throw new ResourceNotFoundException("notFound.gemeente", gemeenteId);
    }
  }

  private boolean isKeeper(long gemeenteId) {
    return caller.roles().contains(Role.GEMEENTE_COORDINATOR)
        && caller.gemeenteId() != null
        && caller.gemeenteId() == gemeenteId;
  }

  private void requireKeeper(long gemeenteId) {
    if (!isKeeper(gemeenteId)) {
      if (caller.gemeenteId() == null || caller.gemeenteId() != gemeenteId) {
        throw new ResourceNotFoundException("notFound.gemeente", gemeenteId);
      }
      throw new AccessDeniedException();
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
