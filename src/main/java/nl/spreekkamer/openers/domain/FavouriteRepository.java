package nl.spreekkamer.openers.domain;

import java.util.List;
import java.util.Optional;

/** Stores users' favourite openers. */
public interface FavouriteRepository {
  List<FavouriteOpener> ofAccount(long accountId);

  Optional<FavouriteOpener> find(long accountId, String openerId);

  void add(FavouriteOpener favourite);

  void remove(FavouriteOpener favourite);
}
