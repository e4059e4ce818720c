package nl.spreekkamer.openers.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.spreekkamer.openers.domain.FavouriteOpener;
import nl.spreekkamer.openers.domain.FavouriteRepository;
import nl.spreekkamer.openers.domain.Opener;
import nl.spreekkamer.openers.domain.OpenerCatalogue;
import nl.spreekkamer.openers.domain.SignalCard;
import nl.spreekkamer.openers.infrastructure.PocketCardDocument;
import nl.spreekkamer.organisation.application.Caller;
import nl.spreekkamer.platform.errors.InvalidInputException;
import nl.spreekkamer.platform.errors.ResourceNotFoundException;
import nl.spreekkamer.platform.security.Roles;

/** The openers library for practice staff and the redactie: search, read, keep favourites. */
@Stateless
@RolesAllowed({
  Roles.HUISARTS,
  Roles.POH,
  Roles.ASSISTENT,
  Roles.PRAKTIJKMANAGER,
  Roles.REDACTIE,
  Roles.BEHEER
})
public class OpenerService {
  @Inject OpenerCatalogue catalogue;
  @Inject FavouriteRepository favourites;
  @Inject Caller caller;
  @Inject PocketCardDocument pocketCards;
  @Inject Clock clock;

  public static final int MAX_POCKET_CARD = 30;

  public List<OpenerView> search(OpenerFilter filter) {
    Set<String> mine = favouriteIds();
    return catalogue
        .search(filter.signal(), filter.setting(), filter.phase(), filter.words())
        .stream()
        .filter(o -> !filter.onlyFavourites() || mine.contains(o.id()))
        .map(o -> OpenerView.of(o, mine.contains(o.id()), filter.setting()))
        .toList();
  }

  public OpenerView get(String id) {
    return OpenerView.of(find(id), favouriteIds().contains(id));
  }

  /**
   * A pocket card PDF of the chosen openers, in the given order; without a choice, of the user's
   * favourites.
   */
  public byte[] pocketCard(List<String> ids, Locale locale) {
    List<String> chosen = ids == null || ids.isEmpty() ? List.copyOf(favouriteIds()) : ids;
    if (chosen.isEmpty()) {
      throw new InvalidInputException("ids", "validation.pocketCard.empty");
    }
    if (chosen.size() > MAX_POCKET_CARD) {
      throw new InvalidInputException("ids", "validation.pocketCard.tooMany", MAX_POCKET_CARD);
    }
    List<Opener> openers = new ArrayList<>();
    for (String id : chosen) {
      openers.add(
          catalogue
              .find(id)
              .orElseThrow(() -> new InvalidInputException("ids", "validation.choice", id)));
    }
    return pocketCards.render(openers, locale);
  }

  public List<SignalCard> signalCards() {
    return catalogue.signalCards();
  }

  /** Marks an opener as favourite; doing it twice changes nothing. */
  public void addFavourite(String id) {
    find(id);
    if (favourites.find(caller.accountId(), id).isEmpty()) {
      favourites.add(new FavouriteOpener(caller.accountId(), id, clock.instant()));
    }
  }

  public void removeFavourite(String id) {
    favourites.find(caller.accountId(), id).ifPresent(favourites::remove);
  }

  private Set<String> favouriteIds() {
    return favourites.ofAccount(caller.accountId()).stream()
        .map(FavouriteOpener::openerId)
        .collect(Collectors.toSet());
  }

  private Opener find(String id) {
    return catalogue
        .find(id)
        .orElseThrow(() -> new ResourceNotFoundException("notFound.opener", id));
  }
}
