package nl.spreekkamer.catalogue.domain;

import java.util.Optional;

/** Stores the practices' waiting-room screens. */
public interface ScreenRepository {
  Optional<Screen> find(long praktijkId);

  Optional<Screen> findByToken(String token);

  void add(Screen screen);
}
