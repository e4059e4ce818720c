package nl.spreekkamer.openers.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** All openers and the signalenkaart, as loaded from the content files. */
public interface OpenerCatalogue {
  List<Opener> all();

  List<SignalCard> signalCards();

  default Optional<Opener> find(String id) {
    return all().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /** Openers matching all given criteria, in conversation order (phase), then by id. */
  default List<Opener> search(Signal signal, Setting setting, Phase phase, String words) {
    return all().stream()
        .filter(o -> o.matches(signal, setting, phase, words))
        .sorted(Comparator.comparing(Opener::phase).thenComparing(Opener::id))
        .toList();
  }
}
